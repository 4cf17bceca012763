import type { WorkingCalendar } from '@zonehub/working-calendar';
import type { MeetingCadence, OutcomeKind, OutcomeStatus } from './meeting.table.js';

/**
 * Pure rules of dispatch meetings (调度会): which action items a meeting carries over, their age in
 * working days, when they are overdue, when the next meeting of a cadence is due, and when an
 * outcome may be closed. No I/O: the service feeds them rows, the calendar and dates.
 */

/** An action item as the rules need it, with the date of the meeting that raised it. */
export interface ActionFacts {
  id: string;
  kind: OutcomeKind;
  status: OutcomeStatus;
  dueOn: string | null;
  closedOn: string | null;
  closedInMeetingId: string | null;
  meetingId: string;
  /** held_on of the meeting that raised it. */
  raisedOn: string;
  /** created_at of the meeting that raised it: orders two meetings held on the same day. */
  raisedAt: string;
}

export interface MeetingFacts {
  id: string;
  heldOn: string;
  createdAt: string;
}

/** Whether the item's meeting came before this one (an earlier day, or earlier on the same day). */
function raisedBefore(item: ActionFacts, meeting: MeetingFacts): boolean {
  if (item.meetingId === meeting.id) return false;
  if (item.raisedOn !== meeting.heldOn) return item.raisedOn < meeting.heldOn;
  return item.raisedAt < meeting.createdAt;
}

/**
 * The action items a meeting carries over: raised at an earlier meeting of the series and still
 * open when this meeting was held, i.e. open now, closed at this very meeting, or closed only after
 * its date. So the minutes of a past meeting show what was open then, not what is open today.
 */
export function carriesOver(item: ActionFacts, meeting: MeetingFacts): boolean {
  if (item.kind !== 'action' || !raisedBefore(item, meeting)) return false;
  if (item.status === 'open' || item.closedInMeetingId === meeting.id) return true;
  if (item.closedInMeetingId !== null) return item.closedOn !== null && item.closedOn > meeting.heldOn;
  return item.closedOn !== null && item.closedOn >= meeting.heldOn;
}

/** Age of an item on a day: working days from the meeting that raised it to that day (never negative). */
export function ageWorkdays(raisedOn: string, on: string, calendar: WorkingCalendar): number {
  return Math.max(0, calendar.workdaysBetween(raisedOn, on));
}

/** Overdue on a day: still open then and its due date has passed. */
export function isOverdue(item: { dueOn: string | null }, openOnDay: boolean, day: string): boolean {
  return openOnDay && item.dueOn !== null && item.dueOn < day;
}

const addMonths = (day: string, months: number): string => {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
};

const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * When the next meeting of a cadence falls due after the last one: the next working day (日碰头),
 * the first working day of the next week (周调度, weeks start on Monday), month (月汇总), quarter
 * (季分析) or year (年交账). null when the series has not met yet.
 */
export function nextMeetingOn(cadence: MeetingCadence, lastHeldOn: string | null, calendar: WorkingCalendar) {
  if (lastHeldOn === null) return null;
  switch (cadence) {
    case 'daily':
      return calendar.addWorkdays(lastHeldOn, 1);
    case 'weekly': {
      const weekday = new Date(`${lastHeldOn}T00:00:00Z`).getUTCDay();
      return calendar.addWorkdays(addDays(lastHeldOn, 7 - ((weekday + 6) % 7)), 0);
    }
    case 'monthly':
      return calendar.addWorkdays(addMonths(lastHeldOn, 1), 0);
    case 'quarterly': {
      const month = Number(lastHeldOn.slice(5, 7));
      return calendar.addWorkdays(addMonths(`${lastHeldOn.slice(0, 5)}01-01`, month - 1 - ((month - 1) % 3) + 3), 0);
    }
    case 'annual':
      return calendar.addWorkdays(`${Number(lastHeldOn.slice(0, 4)) + 1}-01-01`, 0);
  }
}

export type CloseProblem = 'notAnAction' | 'alreadyClosed' | 'resultRequired';

/**
 * Whether an outcome may be closed with this result: only action items close (info and decisions
 * are recorded closed), only once, and only with a result that says what was done.
 */
export function closeProblem(
  outcome: { kind: OutcomeKind; status: OutcomeStatus },
  result: string,
): CloseProblem | null {
  if (outcome.kind !== 'action') return 'notAnAction';
  if (outcome.status === 'closed') return 'alreadyClosed';
  if (result.trim() === '') return 'resultRequired';
  return null;
}
