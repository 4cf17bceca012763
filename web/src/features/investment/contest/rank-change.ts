/**
 * How a leaderboard row shows its rank change against the previous period: ↑2 (gained two places),
 * ↓1, a dash when unchanged, and "new" when the row had no rank before.
 */
export type RankChangeView =
  | { kind: 'up'; places: number }
  | { kind: 'down'; places: number }
  | { kind: 'same' }
  | { kind: 'new' };

export function rankChangeView(rankChange: number | null): RankChangeView {
  if (rankChange === null) return { kind: 'new' };
  if (rankChange > 0) return { kind: 'up', places: rankChange };
  if (rankChange < 0) return { kind: 'down', places: -rankChange };
  return { kind: 'same' };
}

/** The arrow text of a change; "new" is worded by the dictionary, so it is passed in. */
export function rankChangeText(view: RankChangeView, newLabel: string): string {
  switch (view.kind) {
    case 'up':
      return `↑${view.places}`;
    case 'down':
      return `↓${view.places}`;
    case 'same':
      return '—';
    case 'new':
      return newLabel;
  }
}
