import { describe, expect, it } from 'vitest';
import { documentDate, documentDateAt, documentDateTime } from './document-dates.js';

describe('dates in documents', () => {
  it('prints a day as 2026年12月8日 without leading zeros', () => {
    expect(documentDate('2026-12-08')).toBe('2026年12月8日');
    expect(documentDate('2026-01-31')).toBe('2026年1月31日');
    expect(documentDate('2026-10-10')).toBe('2026年10月10日');
  });

  it('refuses what is not a calendar day', () => {
    expect(() => documentDate('2026-12-8')).toThrow(RangeError);
    expect(() => documentDate('2026-12-08T00:00:00Z')).toThrow(RangeError);
  });

  it('reads an instant in the zone, so just after midnight Beijing time is the new day', () => {
    expect(documentDateAt('2026-12-07T16:30:00.000Z', 'Asia/Shanghai')).toBe('2026年12月8日');
    expect(documentDateAt(new Date('2026-12-07T15:59:00.000Z'), 'Asia/Shanghai')).toBe('2026年12月7日');
    expect(documentDateAt('2026-12-07T16:30:00.000Z', 'UTC')).toBe('2026年12月7日');
  });

  it('prints times 24-hour in the zone', () => {
    expect(documentDateTime('2026-12-07T16:05:00.000Z', 'Asia/Shanghai')).toBe('2026年12月8日 00:05');
    expect(documentDateTime('2026-12-08T06:30:00.000Z', 'Asia/Shanghai')).toBe('2026年12月8日 14:30');
  });
});
