import { describe, expect, it } from 'vitest';
import { type ChartSpec, chartOption, renderChart } from './report-charts.js';

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

describe('drawing a report chart', () => {
  it('rasterises off the event loop: other work gets turns while the PNG is made', async () => {
    let turns = 0;
    let drawing = true;
    const tick = () => {
      if (!drawing) return;
      turns += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    const image = await renderChart(spec('个'));
    drawing = false;
    expect(image.png.subarray(1, 4).toString()).toBe('PNG');
    expect(turns).toBeGreaterThan(0);
  }, 30_000);
});
