import { parsePeriod } from '@zonehub/investment-rules';
import { isoWeekOf } from '@zonehub/zone-dates';

/**
 * The period each report covers, by key: an ISO week for the weekly dispatch report (2026-W48), a
 * month (2026-11), a quarter (2026-Q4) or a year (2026). `last` is the period's last day; `asOf` the
 * day the report is computed at: the period's last day once it is over, else today, so a past
 * period's report reads the same whenever it is generated (lights and overdue counts as of then).
 */
export const REPORT_KINDS = ['weekly', 'monthly', 'quarterly', 'annual'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportPeriod {
  key: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD. */
  last: string;
  /** The day after the last day. */
  end: string;
  asOf: string;
}

const DAY_MS = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (day: string) => Date.parse(`${day}T00:00:00Z`);
export const addDays = (day: string, n: number) => toDay(msOf(day) + n * DAY_MS);

/** Monday of ISO week 1 of a year: the week holding 4 January. */
function isoWeekOneMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0
  return jan4 - weekday * DAY_MS;
}

const weeksIn = (year: number) => Math.round((isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / (7 * DAY_MS));

/** The ISO week key (2026-W48) holding a day: the one rule, shared with the web app. */
export { isoWeekOf };

/** The default key of a kind for today: this week, month, quarter or year. */
export function currentKey(kind: ReportKind, today: string): string {
  const year = today.slice(0, 4);
  switch (kind) {
    case 'weekly':
      return isoWeekOf(today);
    case 'monthly':
      return today.slice(0, 7);
    case 'quarterly':
      return `${year}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
    case 'annual':
      return year;
  }
}

const finish = (key: string, start: string, end: string, today: string): ReportPeriod => {
  const last = addDays(end, -1);
  return { key, start, last, end, asOf: today < last ? (today < start ? start : today) : last };
};

/** The period a key names for a kind, or null when it is not one (years 2000–2100). */
export function parseReportPeriod(kind: ReportKind, key: string, today: string): ReportPeriod | null {
  if (kind === 'weekly') {
    const match = /^(\d{4})-W(\d{2})$/.exec(key);
    if (!match) return null;
    const year = Number(match[1]);
    const week = Number(match[2]);
    if (year < 2000 || year > 2100 || week < 1 || week > weeksIn(year)) return null;
    const start = toDay(isoWeekOneMonday(year) + (week - 1) * 7 * DAY_MS);
    return finish(key, start, addDays(start, 7), today);
  }
  const period = parsePeriod(key);
  const wanted = { monthly: 'month', quarterly: 'quarter', annual: 'year' } as const;
  if (!period || period.kind !== wanted[kind]) return null;
  return finish(period.key, period.start, period.end, today);
}

/** The example key of a kind, for the error message. */
export const EXAMPLE_KEY: Record<ReportKind, string> = {
  weekly: '2026-W48',
  monthly: '2026-11',
  quarterly: '2026-Q4',
  annual: '2026',
};

/** YYYY-MM of each month from January of the day's year through the day's month. */
export function monthsOfYearThrough(day: string): string[] {
  const year = day.slice(0, 4);
  const through = Number(day.slice(5, 7));
  return Array.from({ length: through }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}
