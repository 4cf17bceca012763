/**
 * 招商大比拼: what is counted for a task force or a person in a period, the weighted score the zone
 * sets, ranks with their change against the previous period, and completion against targets. The
 * server counts; these rules turn counts into the leaderboard, the same way in the page and in xlsx.
 */
export const CONTEST_METRICS = [
  'newLeads',
  'visits',
  'negotiating',
  'signedCount',
  'signedAmountYuan',
  'landedCount',
  'landedAmountYuan',
] as const;
export type ContestMetric = (typeof CONTEST_METRICS)[number];

export type ContestCounts = Record<ContestMetric, number>;

/** Points per unit: per lead, per visit, and per 亿元 for the two amounts. */
export type ContestWeights = Record<ContestMetric, number>;

export const DEFAULT_WEIGHTS: ContestWeights = {
  newLeads: 1,
  visits: 2,
  negotiating: 5,
  signedCount: 10,
  signedAmountYuan: 2,
  landedCount: 20,
  landedAmountYuan: 3,
};

const YUAN_PER_YI = 100_000_000;
const isAmount = (metric: ContestMetric) => metric === 'signedAmountYuan' || metric === 'landedAmountYuan';

export const zeroCounts = (): ContestCounts => Object.fromEntries(CONTEST_METRICS.map((m) => [m, 0])) as ContestCounts;

/** The weighted score, rounded to two decimals; amounts count per 亿元. */
export function contestScore(counts: ContestCounts, weights: ContestWeights): number {
  let score = 0;
  for (const metric of CONTEST_METRICS) {
    const units = isAmount(metric) ? counts[metric] / YUAN_PER_YI : counts[metric];
    score += units * weights[metric];
  }
  return Math.round(score * 100) / 100;
}

export interface Ranked<T> {
  entry: T;
  score: number;
  /** 1-based; entries with the same score share a rank (1, 2, 2, 4). */
  rank: number;
  previousRank: number | null;
  /** Places gained since the previous period (positive is up), null when unranked before. */
  rankChange: number | null;
}

/** Standard competition ranks by score, highest first; ties keep the given order. */
export function rankByScore<T>(entries: readonly { key: string; entry: T; score: number }[]): Map<string, number> {
  const sorted = [...entries].sort((a, b) => b.score - a.score);
  const ranks = new Map<string, number>();
  sorted.forEach((e, i) => {
    const before = sorted[i - 1];
    ranks.set(e.key, before && before.score === e.score ? (ranks.get(before.key) ?? i + 1) : i + 1);
  });
  return ranks;
}

/**
 * The leaderboard: current entries ranked, each with its rank in the previous period (from the
 * previous period's scores of the same keys) and the change between the two.
 */
export function leaderboard<T>(
  current: readonly { key: string; entry: T; score: number }[],
  previous: readonly { key: string; score: number }[],
): Ranked<T>[] {
  const ranks = rankByScore(current);
  const before = rankByScore(previous.map((p) => ({ ...p, entry: null })));
  return [...current]
    .map((c) => {
      const rank = ranks.get(c.key) ?? 0;
      const previousRank = before.get(c.key) ?? null;
      return {
        entry: c.entry,
        score: c.score,
        rank,
        previousRank,
        rankChange: previousRank === null ? null : previousRank - rank,
      };
    })
    .sort((a, b) => a.rank - b.rank);
}

/** Completion of a target in percent, one decimal; null when there is no positive target. */
export function completionPercent(actual: number, target: number | null): number | null {
  if (target === null || target <= 0) return null;
  return Math.round((actual / target) * 1000) / 10;
}
