import { describe, expect, it } from 'vitest';
import { dayOfKey, isoWeekMonday, isoWeekOf, reportKeyOf } from './report-period';

describe('report period keys', () => {
  it('names ISO weeks as the server does, across year ends', () => {
    expect(isoWeekOf('2026-11-29')).toBe('2026-W48');
    expect(isoWeekOf('2026-11-23')).toBe('2026-W48');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekMonday('2026-W48')).toBe('2026-11-23');
    expect(isoWeekMonday('2025-W01')).toBe('2024-12-30');
  });

  it('keys each card’s pick and finds a day back from a key', () => {
    expect(reportKeyOf('weekly', '2026-11-26')).toBe('2026-W48');
    expect(reportKeyOf('monthly', '2026-11-26')).toBe('2026-11');
    expect(reportKeyOf('quarterly', '2026-11-26')).toBe('2026-Q4');
    expect(reportKeyOf('annual', '2026-11-26')).toBe('2026');
    expect(dayOfKey('quarterly', '2026-Q4')).toBe('2026-10-01');
    expect(dayOfKey('weekly', '2026-W48')).toBe('2026-11-23');
    expect(dayOfKey('monthly', '2026-11')).toBe('2026-11-01');
  });
});
