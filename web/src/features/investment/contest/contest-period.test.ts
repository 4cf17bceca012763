import { parsePeriod } from '@zonehub/investment-rules';
import { describe, expect, it } from 'vitest';
import {
  defaultPeriodKey,
  periodFromKey,
  periodKeyOf,
  periodParts,
  switchPeriodKind,
  zoneToday,
} from './contest-period';

const period = (key: string) => {
  const p = parsePeriod(key);
  if (!p) throw new Error(`not a period: ${key}`);
  return p;
};

describe('contest period keys', () => {
  it('opens on the quarter holding today', () => {
    expect(defaultPeriodKey('2026-11-29')).toBe('2026-Q4');
    expect(defaultPeriodKey('2026-04-01')).toBe('2026-Q2');
  });

  it('turns a picked date into the key of the chosen kind', () => {
    expect(periodKeyOf('month', '2026-05-17')).toBe('2026-05');
    expect(periodKeyOf('quarter', '2026-05-17')).toBe('2026-Q2');
    expect(periodKeyOf('year', '2026-05-17')).toBe('2026');
  });

  it('reads a key from the URL and falls back to the current quarter for a bad one', () => {
    expect(periodFromKey('2025-Q1', '2026-11-29')).toMatchObject({ kind: 'quarter', start: '2025-01-01' });
    expect(periodFromKey('2026-13', '2026-11-29').key).toBe('2026-Q4');
    expect(periodFromKey(null, '2026-02-03').key).toBe('2026-Q1');
  });

  it('keeps the picked time when the kind changes', () => {
    const today = '2026-12-07';
    expect(switchPeriodKind(period('2026-Q2'), 'year', today)).toBe('2026');
    expect(switchPeriodKind(period('2026-Q2'), 'month', today)).toBe('2026-04');
    expect(switchPeriodKind(period('2026-11'), 'quarter', today)).toBe('2026-Q4');
    expect(switchPeriodKind(period('2025'), 'quarter', today)).toBe('2025-Q1');
  });

  it('switching to a shorter kind from the period holding today lands on today, not its first month', () => {
    // 季度 → 月 in December: 2026-12, not 2026-10.
    expect(switchPeriodKind(period('2026-Q4'), 'month', '2026-12-07')).toBe('2026-12');
    expect(switchPeriodKind(period('2026'), 'quarter', '2026-12-07')).toBe('2026-Q4');
    expect(switchPeriodKind(period('2026'), 'month', '2026-12-07')).toBe('2026-12');
  });

  it('names the parts of a label', () => {
    expect(periodParts(period('2026-Q3'))).toEqual({ kind: 'quarter', year: 2026, index: 3 });
    expect(periodParts(period('2026-07'))).toEqual({ kind: 'month', year: 2026, index: 7 });
    expect(periodParts(period('2025'))).toEqual({ kind: 'year', year: 2025, index: 0 });
  });

  it("takes today in the zone's time zone, not UTC", () => {
    // 2026-03-31 17:00 UTC is already 1 April in China: a new quarter there.
    expect(zoneToday(new Date('2026-03-31T17:00:00Z'))).toBe('2026-04-01');
    expect(defaultPeriodKey(zoneToday(new Date('2026-03-31T17:00:00Z')))).toBe('2026-Q2');
  });
});
