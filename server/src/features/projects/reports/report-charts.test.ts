import { describe, expect, it } from 'vitest';
import { type ChartSpec, chartOption } from './report-charts.js';

const spec = (unit: string): ChartSpec => ({
  title: '各专班项目红黄绿灯',
  unit,
  categories: ['星萌冻干项目专班'],
  series: [{ name: '红灯', values: [1], color: '#f5222d' }],
});

describe('report chart axes', () => {
  it('a count axis (个, 家, 项, 次, 人) steps by whole numbers, never 0.2 (weekly report lights chart)', () => {
    for (const unit of ['个', '家', '项', '次', '人']) expect(chartOption(spec(unit)).yAxis.minInterval).toBe(1);
  });

  it('an amount axis keeps fractions', () => {
    for (const unit of ['万元', '工作日', '%']) expect(chartOption(spec(unit)).yAxis.minInterval).toBeUndefined();
  });
});
