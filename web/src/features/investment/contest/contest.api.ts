import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ContestCounts, ContestMetric, ContestWeights } from '@zonehub/investment-rules';
import { api } from '../../../api/client';
import { saveDownload } from '../../../api/save-download';

export interface ContestTarget {
  metric: ContestMetric;
  target: number;
  actual: number;
  /** Percent, one decimal; null without a positive target. */
  completion: number | null;
}

/** One leaderboard row: a task force, or a person (with their task force). */
export interface ContestRow {
  key: string;
  id: string;
  name: string;
  taskForceName?: string | null;
  counts: ContestCounts;
  score: number;
  rank: number;
  previousRank: number | null;
  /** Places gained since the previous period (positive is up); null when unranked before. */
  rankChange: number | null;
  /** Task-force rows only; empty for people. */
  targets: ContestTarget[];
  /** Mean completion (percent) of the metrics with a target; null when none has one. */
  completion: number | null;
}

/** GET /investment/contest?period= */
export interface ContestBoard {
  /** Period keys: 2026, 2026-Q2 or 2026-05. */
  period: string;
  previousPeriod: string;
  weights: ContestWeights;
  taskForces: ContestRow[];
  people: ContestRow[];
}

export const CONTEST_KEY = ['investment', 'contest'] as const;

export function useContestQuery(periodKey: string) {
  return useQuery({
    queryKey: [...CONTEST_KEY, periodKey],
    queryFn: () => api.get<ContestBoard>('/investment/contest', { period: periodKey }),
    placeholderData: keepPreviousData,
  });
}

/** Both tables and the weights as xlsx (GET /investment/contest/export.xlsx). */
export async function downloadContestExport(periodKey: string): Promise<void> {
  const { blob, filename } = await api.download('/investment/contest/export.xlsx', { period: periodKey });
  saveDownload(blob, filename ?? `contest-${periodKey}.xlsx`);
}
