import type { ChartOption } from '../../../charts/chart-option';

/** Chart option builders of investment completed; amounts arrive in yuan and are drawn in 万元. */
const toWan = (yuan: number) => Math.round(yuan / 100) / 100;

/** Running totals in 万元, computed on yuan so rounding does not accumulate. */
export function cumulativeWan(values: readonly (number | null)[]): number[] {
  let total = 0;
  return values.map((v) => {
    total += v ?? 0;
    return toWan(total);
  });
}

/** Up to two significant digits (32,235 → 33,000), so the axis ends on a readable figure. */
function roundUp(value: number): number {
  if (value <= 0) return 0;
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.ceil(value / step) * step;
}

const monthLabel = (month: string) => `${Number(month.slice(5, 7))}月`;

/**
 * A project's year: the months as bars, the running total as a line up to the current month, the
 * year's plan as a horizontal mark on the same axis (where the running total should end up), which
 * the axis always reaches.
 */
export function buildProjectInvestmentOption(
  months: readonly { month: string; completedYuan: number | null }[],
  plannedYuan: number | null,
  currentMonth: string,
  labels: { monthly: string; cumulative: string; plan: string; unit: string },
): ChartOption {
  const running = cumulativeWan(months.map((m) => m.completedYuan));
  const planWan = plannedYuan === null ? null : toWan(plannedYuan);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [labels.monthly, labels.cumulative] },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => monthLabel(m.month)) },
    yAxis: {
      type: 'value',
      name: labels.unit,
      max: planWan === null ? undefined : (extent: { max: number }) => Math.max(extent.max, roundUp(planWan * 1.05)),
    },
    series: [
      {
        name: labels.monthly,
        type: 'bar',
        barMaxWidth: 24,
        itemStyle: { color: '#5470c6' },
        data: months.map((m) => (m.completedYuan === null ? null : toWan(m.completedYuan))),
      },
      {
        name: labels.cumulative,
        type: 'line',
        itemStyle: { color: '#ee6666' },
        // Months not reached have no running total yet: the line stops at the current month.
        data: months.map((m, i) => (m.month > currentMonth ? null : (running[i] ?? null))),
        markLine:
          planWan === null
            ? undefined
            : {
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#91cc75' },
                label: { formatter: `${labels.plan} ${planWan}`, position: 'insideEndTop' },
                data: [{ yAxis: planWan, name: labels.plan }],
              },
      },
    ],
  };
}

/** The zone's months stacked: transformation projects and the rest, together the industrial investment. */
export function buildSummaryStackOption(
  months: readonly { month: string; completedYuan: number; transformationYuan: number }[],
  labels: { transformation: string; other: string; unit: string },
): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: [labels.transformation, labels.other] },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => monthLabel(m.month)) },
    yAxis: { type: 'value', name: labels.unit },
    series: [
      {
        name: labels.transformation,
        type: 'bar',
        stack: 'investment',
        barMaxWidth: 28,
        itemStyle: { color: '#3ba272' },
        data: months.map((m) => toWan(m.transformationYuan)),
      },
      {
        name: labels.other,
        type: 'bar',
        stack: 'investment',
        barMaxWidth: 28,
        itemStyle: { color: '#91a7c4' },
        data: months.map((m) => toWan(m.completedYuan - m.transformationYuan)),
      },
    ],
  };
}
