import type { WorkingCalendar } from '@zonehub/working-calendar';
import type { AgencyStep } from './agency-flow.js';

/**
 * The statutory clock of an approval item (法定时限): working days on the zone's calendar from the
 * day after acceptance (受理) to approval (办结), or to the zone's today while open, leaving out the
 * days the item spent with the applicant for correction (补正). All days are the zone's YYYY-MM-DD.
 */

/** One stamped step of the item's history, oldest first. */
export interface StampedStep {
  step: AgencyStep;
  on: string;
}

/** A correction period: returned on `from`, resubmitted on `to` (null while still with the applicant). */
export interface CorrectionPeriod {
  from: string;
  to: string | null;
}

/** The correction periods of a history: each return until the next resubmission. */
export function correctionPeriods(steps: readonly StampedStep[]): CorrectionPeriod[] {
  const periods: CorrectionPeriod[] = [];
  for (const s of steps) {
    if (s.step === 'return') periods.push({ from: s.on, to: null });
    const open = periods.at(-1);
    if (s.step === 'resubmit' && open && open.to === null) open.to = s.on;
  }
  return periods;
}

export interface StatutoryClock {
  /** Working days counted so far; null before acceptance. */
  elapsedWorkdays: number | null;
  /** Working days after acceptance spent in correction, not counted. */
  pausedWorkdays: number;
  /** With the applicant for correction now: the clock stands still. */
  paused: boolean;
  /** The last day within the limit; null before acceptance and while paused (it moves on resubmission). */
  dueOn: string | null;
  overdue: boolean;
}

/**
 * Days are counted in (accepted, end]; a correction period takes out its days in (returned,
 * resubmitted], clipped to the counted span, so a return before acceptance costs nothing and the
 * day of return itself still counts (the department worked it).
 */
export function statutoryClock(
  item: { acceptedOn: string | null; approvedOn: string | null; statutoryDays: number },
  periods: readonly CorrectionPeriod[],
  today: string,
  calendar: WorkingCalendar,
): StatutoryClock {
  const paused = periods.some((p) => p.to === null);
  const acceptedOn = item.acceptedOn;
  if (acceptedOn === null) return { elapsedWorkdays: null, pausedWorkdays: 0, paused, dueOn: null, overdue: false };
  const end = item.approvedOn ?? today;
  const clipped = periods
    .map((p) => ({ from: [p.from, acceptedOn].sort()[1] ?? p.from, to: [p.to ?? end, end].sort()[0] ?? end }))
    .filter((p) => p.from < p.to)
    .sort((a, b) => a.from.localeCompare(b.from));
  const pausedWorkdays = clipped.reduce((sum, p) => sum + calendar.workdaysBetween(p.from, p.to), 0);
  const elapsed = Math.max(0, calendar.workdaysBetween(acceptedOn, end) - pausedWorkdays);
  let dueOn: string | null = null;
  if (!paused) {
    dueOn = calendar.addWorkdays(acceptedOn, item.statutoryDays);
    // Each pause that began on or before the due day pushes it on by its working days.
    for (const p of clipped)
      if (p.from < dueOn) dueOn = calendar.addWorkdays(dueOn, calendar.workdaysBetween(p.from, p.to));
  }
  return { elapsedWorkdays: elapsed, pausedWorkdays, paused, dueOn, overdue: elapsed > item.statutoryDays };
}
