import { describe, expect, it } from 'vitest';
import { buildOverdueOption } from './portfolio.option';
import type { TaskForceOverdue } from './portfolio.types';

const tf = (name: string, red: number, amber: number): TaskForceOverdue => ({
  taskForceId: name,
  name,
  projects: red + amber + 2,
  red,
  amber,
  overdueItems: red * 2,
  oldestOverdueWorkdays: red > 0 ? 9 : null,
});

describe('buildOverdueOption', () => {
  it('stacks red and amber projects per task force in the given order, leaving out those with neither', () => {
    const option = buildOverdueOption([tf('甲', 3, 1), tf('乙', 0, 2), tf('丙', 0, 0)], {
      red: '红',
      amber: '黄',
      detail: (r) => `逾期 ${r.overdueItems}`,
    });
    expect(option.yAxis).toMatchObject({ data: ['甲', '乙'] });
    const series = option.series as { name: string; stack: string; data: number[] }[];
    expect(series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['红', 'lights', [3, 0]],
      ['黄', 'lights', [1, 2]],
    ]);
  });
});

describe('buildOverdueOption tooltip', () => {
  const hostile = '<img src=x onerror="window.__xss=1">专班';
  const option = buildOverdueOption([tf(hostile, 2, 1), tf('乙', 1, 0)], {
    red: '红<b>',
    amber: '黄',
    detail: (r) => `逾期事项 ${r.overdueItems} 项（${r.name}）`,
  });
  const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
  const hover = (name: string, dataIndex: number) => [
    { name, dataIndex, seriesName: '红<b>', value: 2 },
    { name, dataIndex, seriesName: '黄', value: 1 },
  ];

  it('shows a task force name with markup in it as text, never as HTML', () => {
    const html = formatter(hover(hostile, 0));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html.split('<br/>')).toEqual([
      '&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;专班',
      '红&lt;b&gt;：2',
      '黄：1',
      '逾期事项 4 项（&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;专班）',
    ]);
  });

  it('finds the hovered row by its index and shows nothing for an empty hover', () => {
    expect(formatter(hover('乙', 1)).split('<br/>').at(-1)).toBe('逾期事项 2 项（乙）');
    expect(formatter([])).toBe('');
  });
});
