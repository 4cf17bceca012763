import { type ActivityKind, VISIT_KINDS } from '@zonehub/investment-rules';

/** The dates an activity needs to be placed on the month grid. */
export interface DatedActivity {
  id: string;
  kind: ActivityKind;
  happenedOn: string;
  endsOn: string | null;
}

const DAY_MS = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * The days a month's grid can show: the grid starts up to six days before the 1st (Monday or
 * Sunday first, by language) and runs six weeks, so this asks for every day it may draw.
 */
export function calendarRange(month: string): { from: string; to: string } {
  const first = dayMs(`${month}-01`);
  return { from: toDay(first - 6 * DAY_MS), to: toDay(first + 41 * DAY_MS) };
}

export const isVisit = (kind: ActivityKind): boolean => VISIT_KINDS.includes(kind);

/** Visits first (outbound, then inbound), then the other kinds, then the earlier start. */
function compare(a: DatedActivity, b: DatedActivity): number {
  const rank = (kind: ActivityKind) => (kind === 'outboundVisit' ? 0 : kind === 'inboundVisit' ? 1 : 2);
  return rank(a.kind) - rank(b.kind) || a.happenedOn.localeCompare(b.happenedOn) || a.id.localeCompare(b.id);
}

/**
 * Activities by day (YYYY-MM-DD) within [from, to]: a visit spanning several days is on each of
 * them; an end before the start counts as a one-day activity.
 */
export function activitiesByDay<T extends DatedActivity>(
  activities: readonly T[],
  from: string,
  to: string,
): Map<string, T[]> {
  const days = new Map<string, T[]>();
  const lo = dayMs(from);
  const hi = dayMs(to);
  for (const activity of activities) {
    const start = dayMs(activity.happenedOn);
    const end = activity.endsOn && activity.endsOn > activity.happenedOn ? dayMs(activity.endsOn) : start;
    for (let ms = Math.max(start, lo); ms <= Math.min(end, hi); ms += DAY_MS) {
      const day = toDay(ms);
      days.set(day, [...(days.get(day) ?? []), activity]);
    }
  }
  for (const list of days.values()) list.sort(compare);
  return days;
}
