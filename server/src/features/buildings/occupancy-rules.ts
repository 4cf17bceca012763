/**
 * How much of a building is occupied over time, pure. An occupancy holds its area from startedOn
 * (inclusive) until endedOn (the move-out day, exclusive) or for good when endedOn is null.
 * Dates are YYYY-MM-DD, so they compare as strings.
 */
export interface Span {
  areaM2: number;
  startedOn: string;
  endedOn: string | null;
}

const activeOn = (s: Span, day: string) => s.startedOn <= day && (s.endedOn === null || s.endedOn > day);

export function occupiedOn(spans: readonly Span[], day: string): number {
  return spans.reduce((sum, s) => sum + (activeOn(s, day) ? Number(s.areaM2) : 0), 0);
}

/** The most that is occupied on any day in [from, until) (until null: open-ended). */
export function peakOccupied(spans: readonly Span[], from: string, until: string | null): number {
  const days = [from, ...spans.map((s) => s.startedOn).filter((d) => d > from && (until === null || d < until))];
  return Math.max(0, ...days.map((d) => occupiedOn(spans, d)));
}

/** The most that is ever occupied (to check a smaller floor area against). */
export function peakEver(spans: readonly Span[]): number {
  return Math.max(0, ...spans.map((s) => occupiedOn(spans, s.startedOn)));
}

export const round2 = (n: number) => Math.round(n * 100) / 100;
