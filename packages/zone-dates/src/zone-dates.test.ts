import { describe, expect, it } from 'vitest';
import {
  documentDate,
  documentDateAt,
  documentDateTime,
  fileDate,
  isoWeekMonday,
  isoWeekOf,
  listDateTime,
  weekWords,
  zoneDay,
  zoneTime,
} from './index.js';

const SH = 'Asia/Shanghai';
/** 17:30 UTC on 7 December is 01:30 on 8 December in Beijing. */
const AFTER_MIDNIGHT = '2026-12-07T17:30:00Z';

describe('dates in the zone time zone', () => {
  it('puts an instant after midnight Beijing time on the Beijing day, not the UTC one', () => {
    expect(zoneDay(AFTER_MIDNIGHT, SH)).toBe('2026-12-08');
    expect(zoneDay(AFTER_MIDNIGHT, 'UTC')).toBe('2026-12-07');
    expect(zoneTime(AFTER_MIDNIGHT, SH)).toBe('01:30');
  });

  it('shows list times as 2026-12-08 01:30, 24-hour', () => {
    expect(listDateTime(AFTER_MIDNIGHT, SH)).toBe('2026-12-08 01:30');
    expect(listDateTime('2026-12-08T06:05:04Z', SH, true)).toBe('2026-12-08 14:05:04');
    expect(listDateTime(new Date('2026-12-08T16:00:00Z'), SH)).toBe('2026-12-09 00:00');
  });

  it('names files by the zone day', () => {
    expect(fileDate(AFTER_MIDNIGHT, SH)).toBe('2026-12-08');
    expect(fileDate(AFTER_MIDNIGHT, SH, true)).toBe('20261208');
  });

  it('prints documents as 2026年12月8日 without leading zeros', () => {
    expect(documentDate('2026-12-08')).toBe('2026年12月8日');
    expect(documentDate('2026-01-05')).toBe('2026年1月5日');
    expect(documentDate('2026-12-08', 'en-US')).toBe('December 8, 2026');
    expect(documentDateAt(AFTER_MIDNIGHT, SH)).toBe('2026年12月8日');
    expect(documentDateTime(AFTER_MIDNIGHT, SH)).toBe('2026年12月8日 01:30');
    expect(() => documentDate('2026/12/08')).toThrow(RangeError);
  });

  it('names ISO weeks as 2026年第50周', () => {
    expect(isoWeekOf('2026-12-08')).toBe('2026-W50');
    expect(weekWords(isoWeekOf('2026-12-08'))).toBe('2026年第50周');
    expect(weekWords('2026-W50', 'en-US')).toBe('Week 50, 2026');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekMonday('2026-W50')).toBe('2026-12-07');
    expect(isoWeekMonday('2026-50')).toBeNull();
  });
});
