import { describe, expect, it } from 'vitest';
import { labelWidth, overlaps, planAxisLabels, tickText } from './gantt-axis';

const day = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** Every pair of labels, today's included, apart by at least the gap. */
function assertApart(ticks: number[], min: number, max: number, width: number, today: number) {
  const x = (v: number) => ((v - min) / (max - min)) * width;
  const labels = [
    ...ticks.map((v) => ({ x: x(v), w: labelWidth(tickText(v)) })),
    { x: x(today), w: labelWidth('今天') },
  ];
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1)) expect(overlaps(a.x, a.w, b.x, b.w), `${a.x} vs ${b.x}`).toBe(false);
}

describe('the Gantt time axis labels', () => {
  it('labels 星萌’s 2022–2030 span by year, and drops the year label 今天 would cover', () => {
    const [min, max, today] = [day('2022-03-25'), day('2030-12-31'), day('2027-01-04')];
    const plan = planAxisLabels(min, max, 520, today, '今天');
    expect(plan.ticks.map(tickText)).toContain('2023年');
    expect(plan.ticks.map(tickText)).not.toContain('2027年');
    assertApart(plan.ticks, min, max, 520, today);
  });

  it('never lets two labels overlap, however narrow the plot', () => {
    const [min, max] = [day('2022-01-01'), day('2030-12-31')];
    for (const width of [120, 200, 280, 400, 700, 1200])
      for (const today of ['2022-01-02', '2024-06-30', '2026-12-07', '2030-12-30'].map(day)) {
        const plan = planAxisLabels(min, max, width, today, '今天');
        assertApart(plan.ticks, min, max, width, today);
      }
  });

  it('uses months on a short span and names the year on January', () => {
    const plan = planAxisLabels(day('2026-10-15'), day('2027-03-20'), 900, day('2026-12-02'), '今天');
    expect(plan.ticks.map(tickText)).toEqual(['11月', '2027年', '2月', '3月']);
  });
});
