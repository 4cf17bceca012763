import { describe, expect, it } from 'vitest';
import type { InvestmentMonth } from './investment.api';
import { buildProjectInvestmentOption, buildSummaryStackOption, cumulativeWan } from './investment-chart.option';
import { draftOf, isDirty, isFutureMonth, saveOf } from './investment-form';

const labels = { monthly: '当月完成', cumulative: '累计完成', plan: '年度计划', unit: '万元' };

describe('the project chart', () => {
  it('draws months as bars in 万元, the running total as a line and the plan as a mark', () => {
    const option = buildProjectInvestmentOption(
      [
        { month: '2026-01', completedYuan: 1_200_000 },
        { month: '2026-02', completedYuan: null },
        { month: '2026-03', completedYuan: 2_345_600 },
        { month: '2026-04', completedYuan: null },
      ],
      10_000_000,
      '2026-03',
      labels,
    );
    const series = option.series as { type: string; data: unknown[]; markLine?: { data: { yAxis: number }[] } }[];
    expect((option.xAxis as { data: string[] }).data).toEqual(['1月', '2月', '3月', '4月']);
    expect(series[0]).toMatchObject({ type: 'bar', data: [120, null, 234.56, null] });
    expect(series[1]).toMatchObject({ type: 'line', data: [120, 120, 354.56, null] });
    expect(series[1]?.markLine?.data).toEqual([{ yAxis: 1000, name: '年度计划' }]);
    // The axis reaches the plan even when the months are far below it.
    const max = (option.yAxis as { max: (extent: { max: number }) => number }).max;
    expect(max({ max: 400 })).toBe(1100);
    expect(max({ max: 5000 })).toBe(5000);
    const noPlan = buildProjectInvestmentOption([], null, '2026-03', labels);
    expect((noPlan.series as { markLine?: unknown }[])[1]?.markLine).toBeUndefined();
    expect((noPlan.yAxis as { max?: unknown }).max).toBeUndefined();
  });

  it('accumulates on yuan, not on rounded 万元', () => {
    expect(cumulativeWan([49, 49, 49])).toEqual([0, 0.01, 0.01]);
  });
});

describe('the zone chart', () => {
  it('stacks transformation projects and the rest', () => {
    const option = buildSummaryStackOption(
      [{ month: '2023-05', completedYuan: 250_000_000, transformationYuan: 240_000_000 }],
      { transformation: '转型项目', other: '其他项目', unit: '万元' },
    );
    const series = option.series as { stack: string; data: number[] }[];
    expect(series.map((s) => s.data)).toEqual([[24_000], [1000]]);
    expect(series.every((s) => s.stack === 'investment')).toBe(true);
  });
});

describe('a month row', () => {
  const month: InvestmentMonth = {
    month: '2026-03',
    completedYuan: 1_234_500,
    note: null,
    recordedByName: '王',
    updatedAt: '2026-04-10T01:00:00Z',
    version: 3,
  };

  it('edits in 万元, saves in yuan with the version read, and clears with an empty figure', () => {
    const draft = draftOf(month);
    expect(draft).toEqual({ wan: 123.45, note: '' });
    expect(isDirty(month, draft)).toBe(false);
    expect(isDirty(month, { wan: 123.46, note: '' })).toBe(true);
    expect(isDirty(month, { wan: 123.45, note: ' 设备款 ' })).toBe(true);
    expect(saveOf(month, { wan: 0.1 + 0.2, note: ' 设备款 ' })).toEqual({
      month: '2026-03',
      completedYuan: 3000,
      note: '设备款',
      version: 3,
    });
    expect(saveOf(month, { wan: null, note: '' }).completedYuan).toBeNull();
  });

  it('knows months after the current one take no figure', () => {
    expect(isFutureMonth('2026-12', '2026-11')).toBe(true);
    expect(isFutureMonth('2026-11', '2026-11')).toBe(false);
  });
});
