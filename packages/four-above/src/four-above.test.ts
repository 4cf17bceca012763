import { describe, expect, it } from 'vitest';
import { subsectorOf, suggestFourAbove, type Threshold, thresholdFor } from './index.js';

const row = (subsector: string, min: number | null, from: number, sector = 'x'): Threshold => ({
  sector,
  subsector,
  minRevenueYuan: min,
  basis: '',
  effectiveFromYear: from,
});
const THRESHOLDS = [
  row('industry', 20_000_000, 2011, 'industry'),
  row('retail', 5_000_000, 2011),
  row('construction', null, 2011),
  row('realEstateDevelopment', null, 2011),
  row('servicesMid', 10_000_000, 2011),
];

describe('subsectorOf', () => {
  it.each([
    ['0610', 'industry'],
    ['1321', 'industry'],
    ['4620', 'industry'],
    ['47', 'construction'],
    ['5123', 'wholesale'],
    ['5211', 'retail'],
    ['5990', 'servicesHigh'],
    ['6110', 'accommodation'],
    ['621', 'catering'],
    ['6513', 'servicesHigh'],
    ['7010', 'realEstateDevelopment'],
    ['7020', 'servicesMid'],
    ['7090', 'servicesMid'],
    ['7212', 'servicesMid'],
    ['7723', 'servicesHigh'],
    ['8010', 'servicesLow'],
    ['8310', 'servicesMid'],
    ['8411', 'servicesLow'],
    ['9011', 'servicesLow'],
    ['C', 'industry'],
  ])('%s → %s', (code, subsector) => {
    expect(subsectorOf(code)).toBe(subsector);
  });

  it.each(['0111', '6620', '9210', 'F', 'K', '70', 'A', 'x1'])('%s is outside 四上 or too coarse', (code) => {
    expect(subsectorOf(code)).toBeNull();
  });
});

describe('thresholdFor', () => {
  it('takes the latest row in force in the year', () => {
    const rows = [row('industry', 20_000_000, 2011), row('industry', 30_000_000, 2025)];
    expect(thresholdFor(rows, 'industry', 2024)?.minRevenueYuan).toBe(20_000_000);
    expect(thresholdFor(rows, 'industry', 2025)?.minRevenueYuan).toBe(30_000_000);
    expect(thresholdFor(rows, 'industry', 2010)).toBeNull();
  });
});

describe('suggestFourAbove', () => {
  it('qualifies industrial revenue of 2000万元 and more', () => {
    const s = suggestFourAbove(THRESHOLDS, '2521', 2023, 20_000_000);
    expect(s).toMatchObject({ sector: 'industry', subsector: 'industry', result: 'qualifies', qualifies: true });
    expect(suggestFourAbove(THRESHOLDS, '2521', 2023, 19_999_999).result).toBe('belowThreshold');
  });

  it('answers needsQualificationCheck where the rule is not revenue', () => {
    expect(suggestFourAbove(THRESHOLDS, '4711', 2023, 1e9)).toMatchObject({
      sector: 'construction',
      result: 'needsQualificationCheck',
      qualifies: null,
    });
    expect(suggestFourAbove(THRESHOLDS, '7010', 2023, 0).result).toBe('needsQualificationCheck');
  });

  it('answers notCovered outside 四上 and without an industry code', () => {
    expect(suggestFourAbove(THRESHOLDS, '6620', 2023, 1e9).result).toBe('notCovered');
    expect(suggestFourAbove(THRESHOLDS, null, 2023, 1e9).result).toBe('notCovered');
  });
});
