import type { ChartOption } from '../../charts/chart-option';
import type { ParkFigures } from './home.api';

export interface ParkFiguresLabels {
  enterprises: string;
  parcels: string;
  users: string;
}

const SERIES = ['enterprises', 'parcels', 'users'] as const;
const COLORS: Record<(typeof SERIES)[number], string> = {
  enterprises: '#1668dc',
  parcels: '#13a8a8',
  users: '#d89614',
};

/**
 * Grouped bars of enterprises / parcels / users per park, parks in the order given. With `plotWidth`
 * (a phone's narrow chart, in px) each park's name breaks onto lines under its own bars rather than
 * running into its neighbours'.
 */
export function buildParkFiguresOption(
  parks: readonly ParkFigures[],
  labels: ParkFiguresLabels,
  plotWidth?: number,
): ChartOption {
  const narrow =
    plotWidth === undefined || parks.length === 0
      ? {}
      : { width: Math.max(24, Math.floor(plotWidth / parks.length) - 8), overflow: 'break' as const };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: SERIES.map((s) => labels[s]) },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: parks.map((p) => p.name), axisLabel: { interval: 0, ...narrow } },
    yAxis: { type: 'value', minInterval: 1 },
    series: SERIES.map((s) => ({
      name: labels[s],
      type: 'bar',
      barMaxWidth: 28,
      itemStyle: { color: COLORS[s] },
      data: parks.map((p) => p[s]),
    })),
  };
}
