import { describe, expect, it } from 'vitest';
import type { ParkFigures } from './home.api';
import { buildParkFiguresOption } from './park-figures.option';

const park = (overrides: Partial<ParkFigures>): ParkFigures => ({
  id: 'p1',
  name: '东园',
  enterprises: 0,
  parcels: 0,
  users: 0,
  ...overrides,
});

const labels = { enterprises: '企业', parcels: '地块', users: '用户' };

describe('buildParkFiguresOption', () => {
  it('has one category per park and one bar series per figure, in park order', () => {
    const option = buildParkFiguresOption(
      [
        park({ name: '东园', enterprises: 12, parcels: 30, users: 4 }),
        park({ id: 'p2', name: '西园', enterprises: 5 }),
      ],
      labels,
    );
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['东园', '西园'] });
    expect(option.series).toEqual([
      expect.objectContaining({ name: '企业', type: 'bar', data: [12, 5] }),
      expect.objectContaining({ name: '地块', type: 'bar', data: [30, 0] }),
      expect.objectContaining({ name: '用户', type: 'bar', data: [4, 0] }),
    ]);
    expect(option.legend).toMatchObject({ data: ['企业', '地块', '用户'] });
  });

  it('uses the labels it is given, so the legend follows the UI language', () => {
    const option = buildParkFiguresOption([park({})], {
      enterprises: 'Enterprises',
      parcels: 'Parcels',
      users: 'Users',
    });
    expect(option.legend).toMatchObject({ data: ['Enterprises', 'Parcels', 'Users'] });
  });

  it('gives an empty chart for a zone without parks', () => {
    const option = buildParkFiguresOption([], labels);
    expect(option.xAxis).toMatchObject({ data: [] });
    expect(option.series).toEqual([
      expect.objectContaining({ data: [] }),
      expect.objectContaining({ data: [] }),
      expect.objectContaining({ data: [] }),
    ]);
  });

  it('keeps whole-number ticks on the value axis', () => {
    expect(buildParkFiguresOption([park({})], labels).yAxis).toMatchObject({ type: 'value', minInterval: 1 });
  });

  it('breaks park names under their own bars on a narrow chart, and leaves them whole otherwise', () => {
    const parks = [park({ name: '中部装备制造与食品加工产业园' }), park({ id: 'p2' }), park({ id: 'p3' })];
    expect(buildParkFiguresOption(parks, labels, 280).xAxis).toMatchObject({
      axisLabel: { interval: 0, width: 85, overflow: 'break' },
    });
    expect(buildParkFiguresOption(parks, labels).xAxis).toMatchObject({ axisLabel: { interval: 0 } });
    expect(buildParkFiguresOption(parks, labels).xAxis).not.toHaveProperty('axisLabel.overflow');
  });
});
