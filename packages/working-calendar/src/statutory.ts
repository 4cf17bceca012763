/**
 * The statutory calendar shipped by chinese-days: public holidays (法定节假日) and make-up workdays
 * (调休上班日). We read the package's documented data file (dist/chinese-days.json) rather than its
 * date functions so lookups are plain string keys (no Date parsing in the local time zone) and so
 * the covered years can be computed from the data itself. A unit test cross-checks every covered
 * day against the package's own isWorkday().
 */
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const statutory: ChineseDaysData = data;

/** Entries look like "National Day,国庆节,3"; the Chinese name is what the zone reads. */
function chineseName(entry: string): string {
  const parts = entry.split(',');
  return parts[1]?.trim() || parts[0]?.trim() || entry;
}

function yearsOf(days: string[]): { first: number; last: number } {
  const years = days.map((day) => Number(day.slice(0, 4)));
  return { first: Math.min(...years), last: Math.max(...years) };
}

/** What the installed chinese-days covers (1.5.7: 2004–2026). Later years need the zone's overrides. */
export const STATUTORY_YEARS: { first: number; last: number } = Object.freeze(yearsOf(Object.keys(statutory.holidays)));

export type StatutoryKind = 'holiday' | 'makeUpWorkday';

const statutoryDays = new Map<string, { kind: StatutoryKind; name: string }>();
for (const [day, entry] of Object.entries(statutory.holidays)) {
  statutoryDays.set(day, { kind: 'holiday', name: chineseName(entry) });
}
for (const [day, entry] of Object.entries(statutory.workdays)) {
  statutoryDays.set(day, { kind: 'makeUpWorkday', name: chineseName(entry) });
}

/** The statutory entry for a day, or null when it is an ordinary weekday/weekend (or not covered). */
export function statutoryDay(day: string): { kind: StatutoryKind; name: string } | null {
  return statutoryDays.get(day) ?? null;
}

/** Every year with at least one statutory entry (holiday or make-up workday); other years are plain Monday–Friday. */
export const STATUTORY_ENTRY_YEARS: ReadonlySet<number> = new Set(
  [...statutoryDays.keys()].map((day) => Number(day.slice(0, 4))),
);
