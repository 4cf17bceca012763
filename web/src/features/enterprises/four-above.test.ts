import { describe, expect, it } from 'vitest';
import { classificationToAdd, type FourAboveSuggestion, suggestionParams } from './four-above';

const suggestion = (over: Partial<FourAboveSuggestion> = {}): FourAboveSuggestion => ({
  enterpriseId: 'e1',
  industryCode: '3311',
  year: 2025,
  revenueYuan: 25_000_000,
  subsector: 'industry',
  sector: 'industry',
  threshold: {
    sector: 'industry',
    subsector: 'industry',
    minRevenueYuan: 20_000_000,
    basis: '年主营业务收入2000万元及以上的工业法人单位',
    effectiveFromYear: 2011,
  },
  result: 'qualifies',
  qualifies: true,
  ...over,
});

describe('suggestionParams', () => {
  it('sends 万元 as yuan', () => {
    expect(suggestionParams(2025, 2500)).toEqual({ year: 2025, revenueYuan: 25_000_000 });
    expect(suggestionParams(2025, 0.01)).toEqual({ year: 2025, revenueYuan: 100 });
    expect(suggestionParams(2025, 1999.99)).toEqual({ year: 2025, revenueYuan: 19_999_900 });
  });
});

describe('classificationToAdd', () => {
  it('offers 四上 for the year and sector when the revenue qualifies', () => {
    expect(classificationToAdd(suggestion(), [])).toEqual({ kind: 'fourAbove', year: 2025, sector: 'industry' });
  });

  it('offers nothing below the threshold, outside 四上 or where a qualification decides', () => {
    expect(classificationToAdd(suggestion({ result: 'belowThreshold', qualifies: false }), [])).toBeNull();
    expect(classificationToAdd(suggestion({ result: 'notCovered', sector: null, threshold: null }), [])).toBeNull();
    expect(
      classificationToAdd(suggestion({ result: 'needsQualificationCheck', sector: 'construction' }), []),
    ).toBeNull();
  });

  it('offers nothing when the enterprise already has it for that year and sector', () => {
    const existing = [{ kind: 'fourAbove' as const, year: 2025, sector: 'industry' as const }];
    expect(classificationToAdd(suggestion(), existing)).toBeNull();
    const otherYear = [{ kind: 'fourAbove' as const, year: 2024, sector: 'industry' as const }];
    expect(classificationToAdd(suggestion(), otherYear)).toEqual({ kind: 'fourAbove', year: 2025, sector: 'industry' });
  });
});
