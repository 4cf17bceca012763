import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDocumentDate,
  formatNumber,
  formatTime,
  formatWeek,
  zoneToday,
} from './format';

describe('format', () => {
  it('formats numbers with grouping in both languages', () => {
    expect(formatNumber(1234567.891, 'zh-CN')).toBe('1,234,567.89');
    expect(formatNumber(12.5, 'en-US')).toBe('12.5');
  });

  it('shows a calendar date in lists as 2026-12-08 in both languages, without shifting the day', () => {
    expect(formatDate('1992-11-09', 'zh-CN')).toBe('1992-11-09');
    expect(formatDate('1992-11-09', 'en-US')).toBe('1992-11-09');
    expect(formatDate('not a date', 'zh-CN')).toBe('not a date');
  });

  it('shows an instant in lists as 2026-12-08 14:05, 24-hour in the zone time zone', () => {
    expect(formatDateTime('2026-11-29T06:05:04Z', 'zh-CN')).toBe('2026-11-29 14:05');
    expect(formatDateTime('2026-11-29T06:05:04Z', 'zh-CN', true)).toBe('2026-11-29 14:05:04');
    expect(formatDateTime('2026-12-07T17:30:00Z', 'en-US')).toBe('2026-12-08 01:30');
    expect(formatTime('2026-12-07T17:30:00Z')).toBe('01:30');
    expect(formatDateTime('garbage', 'zh-CN')).toBe('garbage');
  });

  it('prints documents as 2026年12月8日 and weeks as 2026年第50周', () => {
    expect(formatDocumentDate('2026-12-08', 'zh-CN')).toBe('2026年12月8日');
    expect(formatDocumentDate('2026-12-08', 'en-US')).toBe('December 8, 2026');
    expect(formatWeek('2026-W50', 'zh-CN')).toBe('2026年第50周');
    expect(formatWeek('2026-W50', 'en-US')).toBe('Week 50, 2026');
  });

  it('takes today from the zone, not the browser: 01:30 Beijing time is already the next day', () => {
    expect(zoneToday(new Date('2026-12-07T17:30:00Z'))).toBe('2026-12-08');
  });
});
