import type { FieldError } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { moveFieldError } from './move-messages.js';

/** No lead of this ledger was signed, landed or screened before this day: anything earlier is a typo. */
export const EARLIEST_DATE = '2000-01-01';

export function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The zone's day `days` after `today` (negative: before). */
export function addDays(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A plausible date: a real calendar day, not before 2000, not after `latest` (today unless the field
 * may plan ahead). Null when it is fine.
 */
export function dateProblem(
  locale: Locale,
  field: string,
  value: string,
  today: string,
  latest: string = today,
): FieldError | null {
  if (!isCalendarDate(value)) return moveFieldError(locale, field, 'date.invalid');
  if (value < EARLIEST_DATE) return moveFieldError(locale, field, 'date.tooEarly', { earliest: EARLIEST_DATE });
  if (value > latest) {
    return latest === today
      ? moveFieldError(locale, field, 'date.future', { today })
      : moveFieldError(locale, field, 'date.tooLate', { latest });
  }
  return null;
}
