import type { Classification, FourAboveSector } from './enterprises.api';

export const FOUR_ABOVE_RESULTS = ['qualifies', 'belowThreshold', 'needsQualificationCheck', 'notCovered'] as const;
export type FourAboveResult = (typeof FOUR_ABOVE_RESULTS)[number];

export interface FourAboveThreshold {
  id: string;
  sector: FourAboveSector;
  subsector: string;
  /** null: the criterion is a qualification or any activity, not revenue. */
  minRevenueYuan: number | null;
  basis: string;
  effectiveFromYear: number;
}

/** GET /enterprises/:id/four-above-suggestion */
export interface FourAboveSuggestion {
  enterpriseId: string;
  industryCode: string | null;
  year: number;
  revenueYuan: number;
  subsector: string | null;
  sector: FourAboveSector | null;
  threshold: Omit<FourAboveThreshold, 'id'> | null;
  result: FourAboveResult;
  qualifies: boolean | null;
}

/** The revenue is typed in 万元 and asked about in yuan (to the fen, so 0.01 万元 survives). */
export function suggestionParams(year: number, revenueWan: number): { year: number; revenueYuan: number } {
  return { year, revenueYuan: Math.round(revenueWan * 10_000 * 100) / 100 };
}

export const RESULT_COLOR: Record<FourAboveResult, string> = {
  qualifies: 'green',
  belowThreshold: 'orange',
  needsQualificationCheck: 'blue',
  notCovered: 'default',
};

/**
 * The 四上 classification the suggestion supports: only when the revenue qualifies, and not when the
 * enterprise already carries 四上 for that year and sector.
 */
export function classificationToAdd(
  suggestion: FourAboveSuggestion,
  existing: readonly Pick<Classification, 'kind' | 'year' | 'sector'>[],
): { kind: 'fourAbove'; year: number; sector: FourAboveSector } | null {
  if (suggestion.result !== 'qualifies' || suggestion.sector === null) return null;
  const { year, sector } = suggestion;
  if (existing.some((c) => c.kind === 'fourAbove' && c.year === year && c.sector === sector)) return null;
  return { kind: 'fourAbove', year, sector };
}
