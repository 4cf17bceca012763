/**
 * Where the Gantt's time axis puts its labels: month, quarter, half-year or year starts, as dense as
 * the plot's width allows, and none under the 今天 label (which sits in the same band above the
 * plot). Pure: the chart component measures the width, this decides.
 */
export interface AxisLabelPlan {
  /** Timestamps (UTC midnight of a first of month) that get a tick and a label. */
  ticks: number[];
  /** The label of each tick: 2026年 on a year's first month, 3月 on the others. */
  text: (value: number) => string;
}

const DAY_MS = 86_400_000;
const STEPS_IN_MONTHS = [1, 3, 6, 12, 24, 60];
/** Gap kept between two labels, px. */
const GAP = 8;

/** Text width at the chart's 12 px: CJK characters full width, others about 7 px. */
export function labelWidth(text: string): number {
  return [...text].reduce((w, c) => w + (/[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(c) ? 12 : 7), 0);
}

const monthStart = (year: number, month: number) => Date.UTC(year, month, 1);

export function tickText(value: number): string {
  const d = new Date(value);
  return d.getUTCMonth() === 0 ? `${d.getUTCFullYear()}年` : `${d.getUTCMonth() + 1}月`;
}

/** The month starts in [min, max] that are multiples of `step` months (year starts always are). */
function monthStarts(min: number, max: number, step: number): number[] {
  const start = new Date(min);
  const ticks: number[] = [];
  for (let i = start.getUTCFullYear() * 12 + start.getUTCMonth(); ; i++) {
    const value = monthStart(Math.floor(i / 12), i % 12);
    if (value > max) break;
    if (value >= min && i % step === 0) ticks.push(value);
  }
  return ticks;
}

/**
 * The ticks for an axis from `min` to `max` (ms) drawn `widthPx` wide with a today label at `today`:
 * the finest step whose labels do not touch, then without the labels the today label would cover.
 */
export function planAxisLabels(
  min: number,
  max: number,
  widthPx: number,
  today: number,
  todayText: string,
): AxisLabelPlan {
  const pxPerMs = widthPx / Math.max(max - min, DAY_MS);
  const x = (value: number) => (value - min) * pxPerMs;
  let ticks: number[] = [];
  for (const step of STEPS_IN_MONTHS) {
    ticks = monthStarts(min, max, step);
    const fits = ticks.every((value, i) => {
      const next = ticks[i + 1];
      if (next === undefined) return true;
      return x(next) - x(value) >= (labelWidth(tickText(value)) + labelWidth(tickText(next))) / 2 + GAP;
    });
    if (fits) break;
  }
  const todayHalf = labelWidth(todayText) / 2;
  const shown = ticks.filter(
    (value) => Math.abs(x(value) - x(today)) >= todayHalf + labelWidth(tickText(value)) / 2 + GAP,
  );
  return { ticks: shown, text: tickText };
}

/** Two labels centred at x1 and x2 overlap (with the gap): for tests and for the chart's own checks. */
export function overlaps(x1: number, w1: number, x2: number, w2: number): boolean {
  return Math.abs(x1 - x2) < (w1 + w2) / 2 + GAP;
}

/**
 * The time axis' width in a chart `chartWidth` px wide: less the grid's margins (8 + 24) and the row
 * labels on the left (the longest, at most 40 % of the chart).
 */
export function plotWidthOf(chartWidth: number, rowLabels: readonly string[]): number {
  const labels = Math.min(Math.max(0, ...rowLabels.map(labelWidth)) + 8, chartWidth * 0.4);
  return Math.max(chartWidth - 32 - labels, 1);
}
