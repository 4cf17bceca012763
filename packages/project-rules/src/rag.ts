import type { WorkingCalendar } from '@zonehub/working-calendar';

export type RagStatus = 'green' | 'amber' | 'red' | 'done';

/** Why an item has its light: everything the web needs to explain it. */
export interface RagRule {
  status: RagStatus;
  slackWorkdays: number | null;
  amberWorkdays: number;
  dueOn: string;
  today: string;
}

/**
 * done → done (slack null). Otherwise slack = working days in (today, dueOn]: negative once the due
 * day has passed → red; 0…amberWorkdays → amber (due today is amber, not yet late); more → green.
 * A due day before today is red even when no working day has passed since (due Friday, today
 * Saturday: slack 0, but the item is late).
 */
export function ragOf(
  item: { dueOn: string; actualDoneOn: string | null },
  today: string,
  calendar: WorkingCalendar,
  amberWorkdays: number,
): RagRule {
  if (item.actualDoneOn !== null) {
    return { status: 'done', slackWorkdays: null, amberWorkdays, dueOn: item.dueOn, today };
  }
  const slackWorkdays = calendar.workdaysBetween(today, item.dueOn);
  const overdue = slackWorkdays < 0 || item.dueOn < today;
  const status: RagStatus = overdue ? 'red' : slackWorkdays <= amberWorkdays ? 'amber' : 'green';
  return { status, slackWorkdays, amberWorkdays, dueOn: item.dueOn, today };
}

const SEVERITY: Record<RagStatus, number> = { done: 0, green: 1, amber: 2, red: 3 };

/**
 * The project's light is its worst open item (least slack among the worst status); all items done
 * → done. A project without items is green with no slack: nothing is late, but nothing is finished.
 */
export function projectRag(items: RagRule[]): { status: RagStatus; slackWorkdays: number | null } {
  if (items.length === 0) return { status: 'green', slackWorkdays: null };
  let worst: RagRule | null = null;
  for (const item of items) {
    if (item.status === 'done') continue;
    if (
      worst === null ||
      SEVERITY[item.status] > SEVERITY[worst.status] ||
      (SEVERITY[item.status] === SEVERITY[worst.status] && (item.slackWorkdays ?? 0) < (worst.slackWorkdays ?? 0))
    ) {
      worst = item;
    }
  }
  if (worst === null) return { status: 'done', slackWorkdays: null };
  return { status: worst.status, slackWorkdays: worst.slackWorkdays };
}
