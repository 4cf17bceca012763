/**
 * Calendar-day arithmetic on ISO dates (YYYY-MM-DD) in UTC, so results never depend on the
 * server's local time zone. An "epoch day" is the number of days since 1970-01-01.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DayParts {
  year: number;
  month: number;
  date: number;
}

/** True when the string is a real calendar day written as YYYY-MM-DD (years 1000–9999). */
export function isIsoDay(value: string): boolean {
  return parseDay(value) !== null;
}

function parseDay(value: string): DayParts | null {
  const match = ISO_DAY.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const date = Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || date < 1) return null;
  if (date > daysInMonth(year, month)) return null;
  return { year, month, date };
}

/** Parses a day or throws a RangeError naming the bad value (callers validate user input first). */
export function dayParts(value: string): DayParts {
  const parts = parseDay(value);
  if (!parts) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return parts;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by integer arithmetic (Howard Hinnant's
 * days_from_civil) rather than Date, because the server converts thousands of days per recompute.
 */
export function epochDayOfParts(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The inverse of epochDayOfParts (civil_from_days). */
export function partsOfEpochDay(epochDay: number): DayParts {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, date };
}

export function toEpochDay(day: string): number {
  const { year, month, date } = dayParts(day);
  return epochDayOfParts(year, month, date);
}

export function fromEpochDay(epochDay: number): string {
  const { year, month, date } = partsOfEpochDay(epochDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfEpochDay(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** The calendar day `n` days after `day` (n may be negative). */
export function addCalendarDays(day: string, n: number): string {
  return fromEpochDay(toEpochDay(day) + n);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}
