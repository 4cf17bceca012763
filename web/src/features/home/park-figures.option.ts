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

/** Grouped bars of enterprises / parcels / users per park, parks in the order given. */
export function buildParkFiguresOption(parks: readonly ParkFigures[], labels: ParkFiguresLabels): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: SERIES.map((s) => labels[s]) },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: parks.map((p) => p.name), axisLabel: { interval: 0 } },
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
