import type { ChartOption } from '../../../charts/chart-option';

/** One department's row of GET /projects/agency-stats. */
export interface DepartmentStats {
  departmentId: string;
  departmentName: string;
  count: number;
  approvedCount: number;
  meanWorkdaysToApproval: number | null;
  maxWorkdaysToApproval: number | null;
  overdueOpenCount: number;
}

export const STATS_SERIES = ['meanWorkdaysToApproval', 'maxWorkdaysToApproval', 'overdueOpenCount'] as const;
export type StatsSeries = (typeof STATS_SERIES)[number];

const COLORS: Record<StatsSeries, string> = {
  meanWorkdaysToApproval: '#5470c6',
  maxWorkdaysToApproval: '#fac858',
  overdueOpenCount: '#ee6666',
};

/**
 * Grouped bars per department: mean and max working days to approval, and open items past their
 * limit. Departments with nothing approved show no day bars (null, not zero: nothing was measured).
 */
export function buildAgencyStatsOption(
  departments: readonly DepartmentStats[],
  labels: Record<StatsSeries, string>,
): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: STATS_SERIES.map((s) => labels[s]) },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: departments.map((d) => d.departmentName),
      axisLabel: { interval: 0, rotate: departments.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: STATS_SERIES.map((s) => ({
      name: labels[s],
      type: 'bar',
      barMaxWidth: 20,
      itemStyle: { color: COLORS[s] },
      data: departments.map((d) => d[s]),
    })),
  };
}
