import type { CustomSeriesRenderItem } from 'echarts';
import type { ChartOption } from '../../charts/chart-option';
import { planAxisLabels } from './gantt-axis';
import type { GanttBar, GanttRow } from './gantt-rows';
import { RAG_COLORS } from './project-labels';

export interface GanttLabels {
  baseline: string;
  plan: string;
  today: string;
}

const DAY_MS = 86_400_000;
/** Rows shown at once before the chart scrolls vertically. */
export const VISIBLE_ROWS = 16;
/** The time axis' width when the caller does not know it (about a desktop's plot). */
const DEFAULT_PLOT_WIDTH = 800;
const PHASE_COLOR = '#597ef7';
const BASELINE_COLOR = '#bfbfbf';

/** A calendar day as a UTC timestamp (the axis is in days; the zone's time zone is irrelevant here). */
export const dayMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** The dates of a bar as the tooltip shows them: one day, or first – last. */
export const spanText = (bar: GanttBar): string => (bar.start === bar.end ? bar.start : `${bar.start} – ${bar.end}`);

/** [row, start, end + 1 day, isPoint]: the end is inclusive, so a one-day item is one day wide. */
type BarValue = [number, number, number, number];

function barValue(row: number, bar: GanttBar): BarValue {
  const point = bar.start === bar.end ? 1 : 0;
  return [row, dayMs(bar.start), dayMs(bar.end) + (point ? 0 : DAY_MS), point];
}

/**
 * Draws a bar in the upper (plan) or lower (baseline) half of its row; a zero-length item is a
 * diamond. The style comes from the data item (colour, hollow for the baseline).
 */
function renderBar(half: 'upper' | 'lower'): CustomSeriesRenderItem {
  return (params, api) => {
    const row = api.value(0) as number;
    const [x0, y] = api.coord([api.value(1), row]) as [number, number];
    const [x1] = api.coord([api.value(2), row]) as [number, number];
    const rowHeight = (api.size?.([0, 1]) as number[] | undefined)?.[1] ?? 20;
    const height = rowHeight * 0.3;
    const top = half === 'upper' ? y - height - 1 : y + 1;
    const style = api.style();
    if (api.value(3) === 1) {
      const r = rowHeight * 0.3;
      return {
        type: 'polygon',
        shape: {
          points: [
            [x0, y - r],
            [x0 + r, y],
            [x0, y + r],
            [x0 - r, y],
          ],
        },
        style,
      };
    }
    const rect = { x: x0, y: top, width: Math.max(x1 - x0, 2), height };
    const clipped = params.coordSys as unknown as { x: number; y: number; width: number; height: number };
    return { type: 'rect', shape: rect, style, clipPath: { type: 'rect', shape: clipped } };
  };
}

/**
 * The Gantt of one project: one row per phase and milestone, the baseline as a hollow grey bar
 * under the plan (or actual) bar coloured by its light, diamonds for zero-length items, a today
 * line, and a vertical scroll for many rows. It opens on the project's whole span (星萌's 2022
 * phases included); the time axis' labels are placed for `plotWidth` px so none runs into another
 * or into the 今天 label (gantt-axis.ts).
 */
export function buildGanttOption(
  rows: readonly GanttRow[],
  today: string,
  labels: GanttLabels,
  plotWidth = DEFAULT_PLOT_WIDTH,
): ChartOption {
  const baselineData = rows.flatMap((row, i) =>
    row.baseline
      ? [
          {
            name: `${row.label}（${labels.baseline}）${spanText(row.baseline)}`,
            value: barValue(i, row.baseline),
            itemStyle: {
              color: 'transparent',
              borderColor: BASELINE_COLOR,
              borderWidth: 1,
              borderType: 'dashed' as const,
            },
          },
        ]
      : [],
  );
  const planData = rows.flatMap((row, i) =>
    row.bar
      ? [
          {
            name: `${row.label} ${spanText(row.bar)}`,
            value: barValue(i, row.bar),
            itemStyle: { color: row.ragStatus ? RAG_COLORS[row.ragStatus] : PHASE_COLOR },
          },
        ]
      : [],
  );
  const days = rows.flatMap((row) => [row.baseline, row.bar]).flatMap((bar) => (bar ? [bar.start, bar.end] : []));
  // ISO days sort as text: the earliest and latest day shown, today included.
  const sorted = [...days, today].sort();
  const first = sorted[0] ?? today;
  const last = sorted[sorted.length - 1] ?? today;
  const min = dayMs(first) - 7 * DAY_MS;
  const max = dayMs(last) + 14 * DAY_MS;
  const axisLabels = planAxisLabels(min, max, plotWidth, dayMs(today), labels.today);
  const scrollY = rows.length > VISIBLE_ROWS;
  return {
    tooltip: { trigger: 'item', formatter: '{b}' },
    legend: { top: 0, data: [labels.plan, labels.baseline] },
    grid: { left: 8, right: 24, top: 32, bottom: 16, containLabel: true },
    xAxis: {
      type: 'time',
      position: 'top',
      min,
      max,
      axisTick: { customValues: axisLabels.ticks },
      axisLabel: { customValues: axisLabels.ticks, formatter: axisLabels.text, hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => ({
        value: row.label,
        textStyle: { fontWeight: row.kind === 'phase' ? 'bold' : 'normal' },
      })),
      axisTick: { show: false },
      splitLine: { show: true, lineStyle: { color: '#f0f0f0' } },
    },
    dataZoom: [
      ...(scrollY
        ? [
            {
              type: 'slider' as const,
              yAxisIndex: 0,
              right: 0,
              width: 12,
              startValue: 0,
              endValue: VISIBLE_ROWS - 1,
              zoomLock: true,
              showDetail: false,
            },
          ]
        : []),
    ],
    series: [
      {
        type: 'custom',
        name: labels.baseline,
        renderItem: renderBar('lower'),
        encode: { x: [1, 2], y: 0 },
        // The series colour is what the legend shows; each bar draws hollow from its own item style.
        itemStyle: { color: BASELINE_COLOR, borderColor: BASELINE_COLOR },
        data: baselineData,
      },
      {
        type: 'custom',
        name: labels.plan,
        renderItem: renderBar('upper'),
        encode: { x: [1, 2], y: 0 },
        itemStyle: { color: PHASE_COLOR },
        data: planData,
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: RAG_COLORS.red, type: 'solid' },
          label: { formatter: labels.today, position: 'start' },
          data: [{ xAxis: dayMs(today) }],
        },
      },
    ],
  };
}
