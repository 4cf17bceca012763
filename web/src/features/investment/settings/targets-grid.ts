import { CONTEST_METRICS, type ContestMetric } from '@zonehub/investment-rules';

/** One target as GET/PUT /investment/targets carry it (amount targets in yuan). */
export interface TargetItem {
  taskForceId: string;
  metric: ContestMetric;
  target: number;
}

/** One row of the editable grid: a task force and its target per metric (amounts in 万元). */
export interface TargetsRow {
  taskForceId: string;
  name: string;
  values: Record<ContestMetric, number | null>;
}

const YUAN_PER_WAN = 10_000;
export const isAmountMetric = (metric: ContestMetric) => metric === 'signedAmountYuan' || metric === 'landedAmountYuan';

const emptyValues = (): Record<ContestMetric, number | null> =>
  Object.fromEntries(CONTEST_METRICS.map((m) => [m, null])) as Record<ContestMetric, number | null>;

/** Every task force gets a row, in the order given; a metric without a target is empty. */
export function targetsToGrid(
  taskForces: readonly { id: string; name: string }[],
  items: readonly TargetItem[],
): TargetsRow[] {
  const rows = new Map(taskForces.map((tf) => [tf.id, { taskForceId: tf.id, name: tf.name, values: emptyValues() }]));
  for (const item of items) {
    const row = rows.get(item.taskForceId);
    if (row) row.values[item.metric] = isAmountMetric(item.metric) ? item.target / YUAN_PER_WAN : item.target;
  }
  return [...rows.values()];
}

/** The PUT items: empty cells are no target; 万元 back to whole yuan; counts stay as typed. */
export function gridToTargets(rows: readonly TargetsRow[]): TargetItem[] {
  const items: TargetItem[] = [];
  for (const row of rows) {
    for (const metric of CONTEST_METRICS) {
      const value = row.values[metric];
      if (value === null || value === undefined) continue;
      items.push({
        taskForceId: row.taskForceId,
        metric,
        target: isAmountMetric(metric) ? Math.round(value * YUAN_PER_WAN) : value,
      });
    }
  }
  return items;
}
