import type { ChartOption } from '../../../charts/chart-option';

export interface ScoreBarEntry {
  name: string;
  score: number;
  rank: number;
}

const PODIUM_COLORS = ['#d4a017', '#8c8c8c', '#b87333'];
const OTHER_COLOR = '#1668dc';

/** Gold, silver and bronze for ranks 1–3 (ties share a colour), blue for the rest. */
export const scoreColor = (rank: number): string => PODIUM_COLORS[rank - 1] ?? OTHER_COLOR;

/**
 * Scores by task force as horizontal bars, best at the top: the category axis is inverted so the
 * rows read in rank order, like the leaderboard beside it. Each bar carries its score as a label.
 */
export function buildScoreBarOption(entries: readonly ScoreBarEntry[], scoreLabel: string): ChartOption {
  const ordered = [...entries].sort((a, b) => a.rank - b.rank);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: scoreLabel },
    yAxis: { type: 'category', inverse: true, data: ordered.map((e) => e.name), axisLabel: { interval: 0 } },
    series: [
      {
        name: scoreLabel,
        type: 'bar',
        barMaxWidth: 22,
        label: { show: true, position: 'right' },
        data: ordered.map((e) => ({ value: e.score, itemStyle: { color: scoreColor(e.rank) } })),
      },
    ],
  };
}
