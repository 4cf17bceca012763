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
