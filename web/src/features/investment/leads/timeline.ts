import type { Activity, Move } from './lead.types';

export type TimelineEntry =
  | { kind: 'activity'; on: string; activity: Activity }
  | { kind: 'move'; on: string; move: Move };

/**
 * A lead's activities and pool moves on one timeline, newest first. A move is dated by its
 * effective day; on the same day the move comes first (it is usually what the day's work led to),
 * then activities newest recorded first.
 */
export function timelineEntries(activities: readonly Activity[], moves: readonly Move[]): TimelineEntry[] {
  const entries: (TimelineEntry & { at: string })[] = [
    ...activities.map((activity) => ({
      kind: 'activity' as const,
      on: activity.happenedOn,
      activity,
      at: activity.createdAt,
    })),
    ...moves.map((move) => ({ kind: 'move' as const, on: move.effectiveOn, move, at: move.movedAt })),
  ];
  entries.sort((a, b) => {
    if (a.on !== b.on) return a.on < b.on ? 1 : -1;
    if (a.kind !== b.kind) return a.kind === 'move' ? -1 : 1;
    return a.at < b.at ? 1 : a.at > b.at ? -1 : 0;
  });
  return entries.map(({ at: _at, ...entry }) => entry);
}
