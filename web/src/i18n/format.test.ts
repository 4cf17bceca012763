import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format';

describe('format', () => {
  it('formats numbers with grouping in both languages', () => {
    expect(formatNumber(1234567.891, 'zh-CN')).toBe('1,234,567.89');
    expect(formatNumber(12.5, 'en-US')).toBe('12.5');
  });

  it('formats a calendar date the zh-CN way without shifting the day', () => {
    expect(formatDate('1992-11-09', 'zh-CN')).toBe('1992年11月9日');
    expect(formatDate('1992-11-09', 'en-US')).toBe('November 9, 1992');
    expect(formatDate('not a date', 'zh-CN')).toBe('not a date');
  });

  it('shows an instant in the zone time zone', () => {
    expect(formatDateTime('2026-11-29T06:05:04Z', 'zh-CN')).toBe('2026/11/29 14:05:04');
  });
});
