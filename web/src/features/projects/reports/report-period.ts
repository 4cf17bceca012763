import { type PeriodKind, periodOf } from '@zonehub/investment-rules';
import { isoWeekMonday, isoWeekOf } from '@zonehub/zone-dates';

/**
 * The period keys the report cards send: an ISO week (2026-W48) for the weekly report, else the
 * contest's month / quarter / year keys. The ISO week rule is @zonehub/zone-dates (the server's
 * too): weeks start on Monday and belong to the year of their Thursday.
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

const PERIOD_KIND: Record<Exclude<ReportKind, 'weekly'>, PeriodKind> = {
  monthly: 'month',
  quarterly: 'quarter',
  annual: 'year',
};

/** The ISO week key (2026-W48) of a day, and a week key's Monday: the one rule, shared with the server. */
export { isoWeekMonday, isoWeekOf };

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
