import { describe, expect, it } from 'vitest';
import { occupiedOn, peakEver, peakOccupied } from './occupancy-rules.js';

const spans = [
  { areaM2: 1000, startedOn: '2026-01-01', endedOn: '2026-06-01' },
  { areaM2: 500, startedOn: '2026-03-01', endedOn: null },
  { areaM2: 800, startedOn: '2026-07-01', endedOn: null },
];

describe('occupancy over time', () => {
  it('counts what is active on a day, the move-out day excluded', () => {
    expect(occupiedOn(spans, '2026-02-01')).toBe(1000);
    expect(occupiedOn(spans, '2026-05-31')).toBe(1500);
    expect(occupiedOn(spans, '2026-06-01')).toBe(500);
    expect(occupiedOn(spans, '2026-08-01')).toBe(1300);
  });

  it('finds the peak within a period and ever', () => {
    expect(peakOccupied(spans, '2026-06-01', '2026-07-01')).toBe(500);
    expect(peakOccupied(spans, '2026-06-01', null)).toBe(1300);
    expect(peakOccupied(spans, '2025-01-01', null)).toBe(1500);
    expect(peakEver(spans)).toBe(1500);
    expect(peakEver([])).toBe(0);
  });
});
