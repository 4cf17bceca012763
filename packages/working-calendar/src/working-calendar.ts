import {
  daysInYear,
  epochDayOfParts,
  fromEpochDay,
  isIsoDay,
  partsOfEpochDay,
  toEpochDay,
  weekdayOfEpochDay,
} from './days.js';
import { STATUTORY_ENTRY_YEARS, STATUTORY_YEARS, statutoryDay } from './statutory.js';

/** A zone's correction to the statutory calendar (e.g. next year's holidays before chinese-days ships them). */
export interface CalendarOverride {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
}

export type DayReason = 'weekday' | 'weekend' | 'holiday' | 'makeUpWorkday' | 'overrideHoliday' | 'overrideWorkday';

export interface DayExplanation {
  day: string;
  workday: boolean;
  reason: DayReason;
  name: string | null;
}

/** Counts are relative to workdays before 2000-01-01; any fixed origin works since only differences matter. */
const ORIGIN_YEAR = 2000;
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/**
 * Working days on the statutory calendar (chinese-days) with a zone's overrides on top.
 *
 * Speed: the server recomputes the slack of thousands of milestones at once, so counting is O(1)
 * after warm-up. For each year touched we lazily build a cumulative array (`cumulative[i]` = working
 * days among the year's first i days) and the number of working days before the year's 1 January;
 * `workdaysBetween` is then a difference of two lookups and `addWorkdays` a binary search.
 * Dates far apart cost no more: outside the years with statutory entries or overrides every week has
 * five working days, so the count before a year is Monday–Friday arithmetic plus the corrections of
 * those few irregular years, never a walk over the years between (once seconds for 9999-12-31).
 * Instances are immutable, so the caches never go stale; build a new calendar when overrides change.
 */
export class WorkingCalendar {
  readonly #overrides = new Map<string, CalendarOverride>();
  readonly #overrideYears = new Set<number>();
  /** Years whose working days differ from Monday–Friday somewhere, ascending. */
  readonly #irregularYears: number[];
  readonly #cumulative = new Map<number, Uint16Array>();
  readonly #workdaysBeforeYear = new Map<number, number>([[ORIGIN_YEAR, 0]]);

  /** Overrides must be valid days; when a day appears twice the last entry wins. */
  constructor(overrides: readonly CalendarOverride[] = []) {
    for (const override of overrides) {
      if (!isIsoDay(override.day)) {
        throw new RangeError(`Calendar override day is not YYYY-MM-DD: ${JSON.stringify(override.day)}`);
      }
      if (override.kind !== 'holiday' && override.kind !== 'workday') {
        throw new RangeError(`Calendar override kind must be holiday or workday: ${JSON.stringify(override.kind)}`);
      }
      this.#overrides.set(override.day, { ...override });
      this.#overrideYears.add(Number(override.day.slice(0, 4)));
    }
    this.#irregularYears = [...new Set([...STATUTORY_ENTRY_YEARS, ...this.#overrideYears])].sort((a, b) => a - b);
  }

  /** Overrides first, then chinese-days for its years, else Monday–Friday. */
  isWorkday(day: string): boolean {
    return this.#isWorkdayAt(day, toEpochDay(day));
  }

  explain(day: string): DayExplanation {
    const epochDay = toEpochDay(day);
    const override = this.#overrides.get(day);
    if (override) {
      const workday = override.kind === 'workday';
      return { day, workday, reason: workday ? 'overrideWorkday' : 'overrideHoliday', name: override.name };
    }
    const statutory = statutoryDay(day);
    if (statutory) {
      const workday = statutory.kind === 'makeUpWorkday';
      return { day, workday, reason: statutory.kind, name: statutory.name };
    }
    const weekend = isWeekend(epochDay);
    return { day, workday: !weekend, reason: weekend ? 'weekend' : 'weekday', name: null };
  }

  /** chinese-days has the year, or the zone entered overrides for it. */
  covers(year: number): boolean {
    return (year >= STATUTORY_YEARS.first && year <= STATUTORY_YEARS.last) || this.#overrideYears.has(year);
  }

  /** The years from `from` to `to` (inclusive, by year) that covers() is false for. */
  uncoveredYears(from: string, to: string): number[] {
    const first = Math.min(Number(from.slice(0, 4)), Number(to.slice(0, 4)));
    const last = Math.max(Number(from.slice(0, 4)), Number(to.slice(0, 4)));
    const years: number[] = [];
    for (let year = first; year <= last; year += 1) if (!this.covers(year)) years.push(year);
    return years;
  }

  /** The overrides in day order (copies). */
  overrides(): CalendarOverride[] {
    return [...this.#overrides.values()].sort((a, b) => a.day.localeCompare(b.day)).map((o) => ({ ...o }));
  }

  /** Working days in (from, to]; negative when to < from; 0 when equal. */
  workdaysBetween(from: string, to: string): number {
    return this.#countThrough(toEpochDay(to)) - this.#countThrough(toEpochDay(from));
  }

  /**
   * n ≥ 0: the n-th working day after `day` (n = 0: `day` itself if a working day, else the next one).
   * n < 0: the |n|-th working day before `day`.
   */
  addWorkdays(day: string, n: number): string {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkdays needs a whole number of days: ${n}`);
    const epochDay = toEpochDay(day);
    if (n === 0) {
      if (this.#isWorkdayAt(day, epochDay)) return day;
      return this.#dayWithCount(this.#countThrough(epochDay) + 1, yearOf(epochDay));
    }
    if (n > 0) return this.#dayWithCount(this.#countThrough(epochDay) + n, yearOf(epochDay));
    return this.#dayWithCount(this.#countThrough(epochDay - 1) + n + 1, yearOf(epochDay));
  }

  #isWorkdayAt(day: string, epochDay: number): boolean {
    const override = this.#overrides.get(day);
    if (override) return override.kind === 'workday';
    const statutory = statutoryDay(day);
    if (statutory) return statutory.kind === 'makeUpWorkday';
    return !isWeekend(epochDay);
  }

  /** Working days from the origin through `epochDay` inclusive. */
  #countThrough(epochDay: number): number {
    const year = yearOf(epochDay);
    const dayOfYear = epochDay - epochDayOfParts(year, 1, 1);
    return this.#beforeYear(year) + (this.#cumulativeOf(year)[dayOfYear + 1] ?? 0);
  }

  /** The earliest day whose count-through equals `target` (necessarily a working day). */
  #dayWithCount(target: number, hintYear: number): string {
    // Start from where plain Monday–Friday weeks would put the target; the irregular years' corrections
    // (a few days each) leave it at most a year or two off, which the steps below walk.
    let year = checkedYear(Math.min(Math.max(yearOf(dayOfPlainCount(target)), MIN_YEAR), MAX_YEAR));
    if (Math.abs(year - hintYear) <= 1) year = hintYear;
    while (this.#beforeYear(year) >= target) year = checkedYear(year - 1);
    while (this.#beforeYear(year) + this.#totalOf(year) < target) year = checkedYear(year + 1);
    const cumulative = this.#cumulativeOf(year);
    const wanted = target - this.#beforeYear(year);
    let low = 1;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) >= wanted) high = middle;
      else low = middle + 1;
    }
    return fromEpochDay(epochDayOfParts(year, 1, 1) + low - 1);
  }

  #cumulativeOf(year: number): Uint16Array {
    const cached = this.#cumulative.get(year);
    if (cached) return cached;
    const length = daysInYear(year);
    const first = epochDayOfParts(year, 1, 1);
    const cumulative = new Uint16Array(length + 1);
    for (let i = 0; i < length; i += 1) {
      const epochDay = first + i;
      const workday = this.#isWorkdayAt(fromEpochDay(epochDay), epochDay);
      cumulative[i + 1] = (cumulative[i] ?? 0) + (workday ? 1 : 0);
    }
    this.#cumulative.set(year, cumulative);
    return cumulative;
  }

  #totalOf(year: number): number {
    const cumulative = this.#cumulativeOf(year);
    return cumulative[cumulative.length - 1] ?? 0;
  }

  /**
   * Working days between the origin and the year's 1 January: Monday–Friday days between them, plus
   * what each irregular year in between adds or takes away (its working days less its weekdays).
   */
  #beforeYear(year: number): number {
    const known = this.#workdaysBeforeYear.get(year);
    if (known !== undefined) return known;
    checkedYear(year);
    const first = epochDayOfParts(year, 1, 1);
    let count = weekdaysBefore(first) - weekdaysBefore(ORIGIN_EPOCH_DAY);
    for (const irregular of this.#irregularYears) {
      if (year > ORIGIN_YEAR && irregular >= ORIGIN_YEAR && irregular < year) count += this.#correctionOf(irregular);
      if (year < ORIGIN_YEAR && irregular >= year && irregular < ORIGIN_YEAR) count -= this.#correctionOf(irregular);
    }
    this.#workdaysBeforeYear.set(year, count);
    return count;
  }

  #correctionOf(year: number): number {
    return (
      this.#totalOf(year) -
      (weekdaysBefore(epochDayOfParts(year + 1, 1, 1)) - weekdaysBefore(epochDayOfParts(year, 1, 1)))
    );
  }
}

const ORIGIN_EPOCH_DAY = epochDayOfParts(ORIGIN_YEAR, 1, 1);
/** 1970-01-05, a Monday: weeks are counted from it. */
const MONDAY_EPOCH_DAY = 4;

/** Monday–Friday days in [1970-01-05, epochDay), negative before it: five per whole week plus the rest. */
function weekdaysBefore(epochDay: number): number {
  const days = epochDay - MONDAY_EPOCH_DAY;
  const weeks = Math.floor(days / 7);
  return weeks * 5 + Math.min(days - weeks * 7, 5);
}

/** The epoch day on which plain Monday–Friday weeks from the origin reach `count` working days. */
function dayOfPlainCount(count: number): number {
  const weekdays = count + weekdaysBefore(ORIGIN_EPOCH_DAY);
  const weeks = Math.floor(weekdays / 5);
  return MONDAY_EPOCH_DAY + weeks * 7 + (weekdays - weeks * 5);
}

function isWeekend(epochDay: number): boolean {
  const weekday = weekdayOfEpochDay(epochDay);
  return weekday === 0 || weekday === 6;
}

function yearOf(epochDay: number): number {
  return partsOfEpochDay(epochDay).year;
}

function checkedYear(year: number): number {
  if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`Working calendar year out of range: ${year}`);
  return year;
}
