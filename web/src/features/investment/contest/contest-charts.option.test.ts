import { type ContestCounts, zeroCounts } from '@zonehub/investment-rules';
import { describe, expect, it } from 'vitest';
import { buildCountsBarOption, COUNT_SERIES } from './contest-counts.option';
import { buildScoreBarOption, scoreColor } from './contest-score.option';

const counts = (overrides: Partial<ContestCounts>): ContestCounts => ({ ...zeroCounts(), ...overrides });

describe('buildScoreBarOption', () => {
  it('lists task forces in rank order with the best on top', () => {
    const option = buildScoreBarOption(
      [
        { name: '乙专班', score: 12.5, rank: 2 },
        { name: '甲专班', score: 40, rank: 1 },
        { name: '丙专班', score: 3, rank: 3 },
      ],
      '得分',
    );
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['甲专班', '乙专班', '丙专班'] });
    expect(option.series).toEqual([
      expect.objectContaining({
        type: 'bar',
        name: '得分',
        data: [
          { value: 40, itemStyle: { color: scoreColor(1) } },
          { value: 12.5, itemStyle: { color: scoreColor(2) } },
          { value: 3, itemStyle: { color: scoreColor(3) } },
        ],
      }),
    ]);
  });

  it('gives tied ranks the same colour and ranks past the podium a plain one', () => {
    expect(scoreColor(2)).toBe(scoreColor(2));
    expect(scoreColor(1)).not.toBe(scoreColor(2));
    expect(scoreColor(4)).toBe(scoreColor(11));
    expect(scoreColor(4)).not.toBe(scoreColor(3));
  });

  it('gives an empty chart when no task force is ranked', () => {
    const option = buildScoreBarOption([], 'Score');
    expect(option.yAxis).toMatchObject({ data: [] });
    expect(option.series).toEqual([expect.objectContaining({ data: [] })]);
  });
});

describe('buildCountsBarOption', () => {
  const labels = { newLeads: '新增', visits: '走访', negotiating: '转在谈', signedCount: '签约', landedCount: '落地' };

  it('has one category per task force and one series per counted metric', () => {
    const option = buildCountsBarOption(
      [
        { name: '甲专班', counts: counts({ newLeads: 3, visits: 5, signedCount: 1, signedAmountYuan: 9e8 }) },
        { name: '乙专班', counts: counts({ negotiating: 2, landedCount: 1 }) },
      ],
      labels,
    );
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['甲专班', '乙专班'] });
    expect(option.series).toEqual([
      expect.objectContaining({ name: '新增', data: [3, 0] }),
      expect.objectContaining({ name: '走访', data: [5, 0] }),
      expect.objectContaining({ name: '转在谈', data: [0, 2] }),
      expect.objectContaining({ name: '签约', data: [1, 0] }),
      expect.objectContaining({ name: '落地', data: [0, 1] }),
    ]);
    expect(option.legend).toMatchObject({ data: ['新增', '走访', '转在谈', '签约', '落地'] });
  });

  it('leaves the yuan amounts out of the count bars', () => {
    expect(COUNT_SERIES).not.toContain('signedAmountYuan');
    expect(COUNT_SERIES).not.toContain('landedAmountYuan');
  });

  it('tilts the names when eleven task forces share the axis', () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ name: `专班${i}`, counts: counts({}) }));
    expect(buildCountsBarOption(many, labels).xAxis).toMatchObject({ axisLabel: { rotate: 30 } });
    expect(buildCountsBarOption(many.slice(0, 3), labels).xAxis).toMatchObject({ axisLabel: { rotate: 0 } });
  });
});
