import { type Period, type PeriodKind, parsePeriod, periodOf } from '@zonehub/investment-rules';
import { zoneToday } from '../../../i18n/format';

/** The kinds the period picker offers, shortest first. */
export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year'];

/** Today in the zone's time zone (YYYY-MM-DD): a period starts and ends on the zone's days. */
export { zoneToday };

/** The contest opens on the current quarter. */
export function defaultPeriodKey(today: string): string {
  return periodOf('quarter', today).key;
}

/** The key of the period of `kind` holding a picked date (YYYY-MM-DD): what GET /contest takes. */
export function periodKeyOf(kind: PeriodKind, date: string): string {
  return periodOf(kind, date).key;
}

/** A key from the URL, or the default when it is missing or not a period key. */
export function periodFromKey(key: string | null, today: string): Period {
  const parsed = key === null ? null : parsePeriod(key);
  return parsed ?? periodOf('quarter', today);
}

/**
 * Switching the kind keeps the picked time: 2026-Q2 → month 2026-04 → year 2026; back to quarter
 * from 2026-05 gives 2026-Q2. The anchor is the period's first day, or today (in the zone) when
 * the period holds today: 2026-Q4 → month in December is 2026-12, the month one is living in.
 */
export function switchPeriodKind(period: Period, kind: PeriodKind, today: string): string {
  // The end is exclusive (the next period's first day).
  const holdsToday = period.start <= today && today < period.end;
  return periodOf(kind, holdsToday ? today : period.start).key;
}

/** The parts the period's label is built from (the dictionary words them per language). */
export function periodParts(period: Period): { kind: PeriodKind; year: number; index: number } {
  const year = Number(period.start.slice(0, 4));
  const month = Number(period.start.slice(5, 7));
  switch (period.kind) {
    case 'year':
      return { kind: 'year', year, index: 0 };
    case 'quarter':
      return { kind: 'quarter', year, index: Math.ceil(month / 3) };
    case 'month':
      return { kind: 'month', year, index: month };
  }
}
