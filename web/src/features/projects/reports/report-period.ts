import { type PeriodKind, periodOf } from '@zonehub/investment-rules';

/**
 * The period keys the report cards send: an ISO week (2026-W48) for the weekly report, else the
 * contest's month / quarter / year keys. The ISO week rule is the server's (reports/report-period.ts):
 * weeks start on Monday and belong to the year of their Thursday.
 */
export const REPORT_KINDS = ['weekly', 'monthly', 'quarterly', 'annual'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The date picker each card uses. */
export const PICKER: Record<ReportKind, 'week' | 'month' | 'quarter' | 'year'> = {
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  annual: 'year',
};

const DAY_MS = 86_400_000;
const PERIOD_KIND: Record<Exclude<ReportKind, 'weekly'>, PeriodKind> = {
  monthly: 'month',
  quarterly: 'quarter',
  annual: 'year',
};

/** The ISO week key (2026-W48) holding a day (YYYY-MM-DD). */
export function isoWeekOf(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  const thursday = new Date(ms + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan4 = Date.UTC(year, 0, 4);
  const weekOneMonday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  const week = Math.floor((thursday.getTime() - weekOneMonday) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of an ISO week key, for showing the picked week in the date picker. */
export function isoWeekMonday(key: string): string | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const jan4 = Date.UTC(year, 0, 4);
  const weekOneMonday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(weekOneMonday + (Number(match[2]) - 1) * 7 * DAY_MS).toISOString().slice(0, 10);
}

/** The key of a kind's period holding a picked day. */
export function reportKeyOf(kind: ReportKind, day: string): string {
  return kind === 'weekly' ? isoWeekOf(day) : periodOf(PERIOD_KIND[kind], day).key;
}

/** A day inside the period of a key (its first day), for the date picker's value. */
export function dayOfKey(kind: ReportKind, key: string): string {
  if (kind === 'weekly') return isoWeekMonday(key) ?? key;
  if (kind === 'annual') return `${key}-01-01`;
  if (kind === 'quarterly')
    return `${key.slice(0, 4)}-${String((Number(key.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`;
  return `${key}-01`;
}
