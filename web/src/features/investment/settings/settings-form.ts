import { CONTEST_METRICS, type ContestMetric, type ContestWeights } from '@zonehub/investment-rules';

/** GET/PUT /investment/settings. */
export interface InvestmentSettings {
  weights: ContestWeights;
  idleDays: number;
  staleDays: { reserve: number; negotiating: number; signed: number };
}

/** What the form edits: the same shape, but an emptied number input is null until it is filled. */
export interface SettingsFormValues {
  weights: Record<ContestMetric, number | null>;
  idleDays: number | null;
  staleDays: { reserve: number | null; negotiating: number | null; signed: number | null };
}

export const STALE_POOLS = ['reserve', 'negotiating', 'signed'] as const;
export type StalePool = (typeof STALE_POOLS)[number];

/** A field of the form by its path, as antd names nested fields. */
export type SettingsPath = ['weights', ContestMetric] | ['idleDays'] | ['staleDays', StalePool];

export function isSettingsPath(path: string[]): path is SettingsPath {
  const [head, leaf, ...more] = path;
  if (more.length > 0) return false;
  if (head === 'idleDays') return leaf === undefined;
  if (head === 'weights') return CONTEST_METRICS.some((m) => m === leaf);
  if (head === 'staleDays') return STALE_POOLS.some((p) => p === leaf);
  return false;
}

/** The unit a weight is per: a lead, a visit, or 亿元 of an amount (the contest counts amounts per 亿元). */
export type WeightUnit = 'lead' | 'visit' | 'yi';
export function weightUnit(metric: ContestMetric): WeightUnit {
  switch (metric) {
    case 'visits':
      return 'visit';
    case 'signedAmountYuan':
    case 'landedAmountYuan':
      return 'yi';
    case 'newLeads':
    case 'negotiating':
    case 'signedCount':
    case 'landedCount':
      return 'lead';
  }
}

export function settingsToForm(settings: InvestmentSettings): SettingsFormValues {
  return {
    weights: { ...settings.weights },
    idleDays: settings.idleDays,
    staleDays: { ...settings.staleDays },
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The PUT body: weights to two decimals (a zero weight stays zero: the metric is not scored), days
 * as whole numbers. Returns the form paths still empty instead when something is missing.
 */
export function formToSettings(
  values: SettingsFormValues,
): { ok: true; settings: InvestmentSettings } | { ok: false; missing: SettingsPath[] } {
  const missing: SettingsPath[] = [];
  const weights = {} as ContestWeights;
  for (const metric of CONTEST_METRICS) {
    const value = values.weights[metric];
    if (value === null || value === undefined) missing.push(['weights', metric]);
    else weights[metric] = round2(value);
  }
  if (values.idleDays === null || values.idleDays === undefined) missing.push(['idleDays']);
  const staleDays = { reserve: 0, negotiating: 0, signed: 0 };
  for (const pool of STALE_POOLS) {
    const value = values.staleDays[pool];
    if (value === null || value === undefined) missing.push(['staleDays', pool]);
    else staleDays[pool] = Math.round(value);
  }
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, settings: { weights, idleDays: Math.round(values.idleDays ?? 0), staleDays } };
}
