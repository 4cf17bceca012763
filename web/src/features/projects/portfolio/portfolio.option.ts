import type { ChartOption } from '../../../charts/chart-option';
import { htmlLines } from '../../../charts/escape-html';
import { RAG_COLORS } from '../project-labels';
import type { TaskForceOverdue } from './portfolio.types';

export interface OverdueLabels {
  red: string;
  amber: string;
  /** e.g. 「逾期事项 {{items}} 项，最久 {{days}} 个工作日」 already filled per task force. */
  detail: (t: TaskForceOverdue) => string;
}

/**
 * Task forces as horizontal bars, red and amber projects stacked, the worst at the top (the server
 * sends them worst first); the tooltip adds the overdue items and how late the oldest is.
 * Task forces with nothing red or amber are left out: the chart is about what is late.
 */
export function buildOverdueOption(rows: readonly TaskForceOverdue[], labels: OverdueLabels): ChartOption {
  const shown = rows.filter((r) => r.red + r.amber > 0);
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      // Names are the users' own text: htmlLines escapes them (ECharts shows this string as HTML).
      formatter: (params: unknown) => {
        const list = Array.isArray(params)
          ? (params as { name: string; dataIndex: number; seriesName: string; value: number }[])
          : [];
        const first = list[0];
        if (!first) return '';
        const row = shown[first.dataIndex];
        return htmlLines([
          first.name,
          ...list.map((p) => `${p.seriesName}：${p.value}`),
          ...(row ? [labels.detail(row)] : []),
        ]);
      },
    },
    legend: { top: 0, data: [labels.red, labels.amber] },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: shown.map((r) => r.name) },
    series: [
      {
        name: labels.red,
        type: 'bar',
        stack: 'lights',
        barMaxWidth: 18,
        itemStyle: { color: RAG_COLORS.red },
        data: shown.map((r) => r.red),
      },
      {
        name: labels.amber,
        type: 'bar',
        stack: 'lights',
        barMaxWidth: 18,
        itemStyle: { color: RAG_COLORS.amber },
        data: shown.map((r) => r.amber),
      },
    ],
  };
}
