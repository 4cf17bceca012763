import { describe, expect, it } from 'vitest';
import { cumulative, monthProblem, monthsOfYear, percentOf, shareTotals, sumYuan } from './investment-share.js';

describe('percentOf', () => {
  it('rounds to one decimal, halves up', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(1, 16)).toBe(6.3);
    expect(percentOf(150, 100)).toBe(150);
  });

  it('is null on a zero, negative or missing denominator', () => {
    expect(percentOf(5, 0)).toBeNull();
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(5, -1)).toBeNull();
    expect(percentOf(5, null)).toBeNull();
    expect(percentOf(0, 10)).toBe(0);
  });

  it('gives the 清徐 article figure exactly: 22.7745亿 of 24.1亿 is 94.5 %', () => {
    expect(percentOf(2_277_450_000, 2_410_000_000)).toBe(94.5);
  });
});

describe('shareTotals', () => {
  it('sums completed, transformation and plan, with the share and the completion rate', () => {
    expect(
      shareTotals([
        { completedYuan: 600, plannedYuan: 1000, isTransformation: true },
        { completedYuan: 200, plannedYuan: null, isTransformation: false },
        { completedYuan: 200.1, plannedYuan: 500, isTransformation: true },
      ]),
    ).toEqual({
      completedYuan: 1000.1,
      transformationYuan: 800.1,
      transformationSharePct: 80,
      plannedYuan: 1500,
      completionPct: 66.7,
    });
  });

  it('leaves the percentages null when nothing was done or planned', () => {
    expect(shareTotals([])).toEqual({
      completedYuan: 0,
      transformationYuan: 0,
      transformationSharePct: null,
      plannedYuan: 0,
      completionPct: null,
    });
  });
});

describe('months', () => {
  it('lists a year and accumulates without float drift', () => {
    expect(monthsOfYear(2023)).toHaveLength(12);
    expect(monthsOfYear(2023)[0]).toBe('2023-01');
    expect(monthsOfYear(2023)[11]).toBe('2023-12');
    expect(cumulative([0.1, null, 0.2, 1])).toEqual([0.1, 0.1, 0.3, 1.3]);
    expect(sumYuan([0.1, 0.2])).toBe(0.3);
  });

  it('refuses months before 2000 or after the current month', () => {
    expect(monthProblem('1999-12', '2026-11')).toBe('monthTooEarly');
    expect(monthProblem('2026-12', '2026-11')).toBe('monthInFuture');
    expect(monthProblem('2027-01', '2026-11')).toBe('monthInFuture');
    expect(monthProblem('2026-11', '2026-11')).toBeNull();
    expect(monthProblem('2000-01', '2026-11')).toBeNull();
  });
});
