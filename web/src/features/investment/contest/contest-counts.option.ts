import type { ContestCounts } from '@zonehub/investment-rules';
import type { ChartOption } from '../../../charts/chart-option';

/** The counted metrics shown side by side (the two amounts are in yuan and would dwarf them). */
export const COUNT_SERIES = ['newLeads', 'visits', 'negotiating', 'signedCount', 'landedCount'] as const;
export type CountSeries = (typeof COUNT_SERIES)[number];

const COLORS: Record<CountSeries, string> = {
  newLeads: '#5470c6',
  visits: '#91cc75',
  negotiating: '#fac858',
  signedCount: '#ee6666',
  landedCount: '#3ba272',
};

/** Grouped bars of the counts per task force, task forces in the order given (rank order). */
export function buildCountsBarOption(
  entries: readonly { name: string; counts: ContestCounts }[],
  labels: Record<CountSeries, string>,
): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: COUNT_SERIES.map((s) => labels[s]) },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: entries.map((e) => e.name),
      axisLabel: { interval: 0, rotate: entries.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: COUNT_SERIES.map((s) => ({
      name: labels[s],
      type: 'bar',
      barMaxWidth: 16,
      itemStyle: { color: COLORS[s] },
      data: entries.map((e) => e.counts[s]),
    })),
  };
}
