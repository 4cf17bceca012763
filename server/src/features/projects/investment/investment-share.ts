/**
 * The arithmetic of investment completed (当月完成投资), pure so the server, the export and the tests
 * agree on it: percentages to one decimal, and null (not 0, not Infinity) when there is nothing to
 * divide by, so a page shows "—" instead of a made-up figure.
 */

/** part / whole as a percentage with one decimal; null when the whole is not positive. */
export function percentOf(part: number, whole: number | null): number | null {
  if (whole === null || !(whole > 0)) return null;
  // ×1000 first: 2,277,450,000 / 2,410,000,000 gives exactly 945 (94.5 %) with no binary residue.
  return Math.round((part * 1000) / whole) / 10;
}

/** Yuan to the fen: sums of doubles drift (0.1 + 0.2), money must not. */
export const toFen = (yuan: number): number => Math.round(yuan * 100) / 100;

export function sumYuan(values: readonly number[]): number {
  return toFen(values.reduce((sum, v) => sum + v, 0));
}

/** The twelve months of a year, YYYY-01 … YYYY-12. */
export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** Running totals of monthly amounts (null months count as nothing done). */
export function cumulative(values: readonly (number | null)[]): number[] {
  let total = 0;
  return values.map((v) => {
    total = toFen(total + (v ?? 0));
    return total;
  });
}

export interface ShareTotals {
  completedYuan: number;
  transformationYuan: number;
  /** The transformation projects' share of industrial investment (清徐 2023: 94.5). */
  transformationSharePct: number | null;
  plannedYuan: number;
  completionPct: number | null;
}

/**
 * A year's zone totals from its projects' figures. Every project of the module is an industrial
 * project, so their completed investment together is the zone's industrial investment (工业投资).
 */
export function shareTotals(
  projects: readonly { completedYuan: number; plannedYuan: number | null; isTransformation: boolean }[],
): ShareTotals {
  const completedYuan = sumYuan(projects.map((p) => p.completedYuan));
  const transformationYuan = sumYuan(projects.filter((p) => p.isTransformation).map((p) => p.completedYuan));
  const plannedYuan = sumYuan(projects.map((p) => p.plannedYuan ?? 0));
  return {
    completedYuan,
    transformationYuan,
    transformationSharePct: percentOf(transformationYuan, completedYuan),
    plannedYuan,
    completionPct: percentOf(completedYuan, plannedYuan),
  };
}

/** Whether a YYYY-MM month may carry a figure: not before 2000, not after the zone's current month. */
export type MonthProblem = 'monthTooEarly' | 'monthInFuture';
export function monthProblem(month: string, currentMonth: string): MonthProblem | null {
  if (month < '2000-01') return 'monthTooEarly';
  if (month > currentMonth) return 'monthInFuture';
  return null;
}
