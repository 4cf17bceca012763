import { describe, expect, it } from 'vitest';
import type { MapFeature, ParkMap } from './land.api';
import { buildParkMapOption, mapNameOf, type ParkMapLabels } from './park-map.option';

const feature = (code: string, overrides: Partial<MapFeature['properties']> = {}): MapFeature => ({
  type: 'Feature',
  id: code,
  properties: {
    id: code,
    code,
    areaMu: 10,
    supplyStatus: 'supplied',
    landUse: '工业用地',
    enterpriseId: null,
    enterpriseName: null,
    industryCode: null,
    industrySection: null,
    ...overrides,
  },
  geometry: { type: 'Polygon', coordinates: [] },
});

const map: ParkMap = {
  type: 'FeatureCollection',
  park: { id: 'p1', code: 'central', name: '中部园区' },
  bounds: [0, 0, 100, 100],
  features: [
    feature('A-1', { industrySection: 'C', enterpriseName: '星萌<科技>' }),
    feature('A-2', { supplyStatus: 'reserved' }),
    feature('A-3', { supplyStatus: 'unsupplied', industrySection: 'G' }),
  ],
};

const labels: ParkMapLabels = {
  supplyStatus: { supplied: '已供', unsupplied: '未供', reserved: '储备' },
  noIndustry: '无企业',
  section: (s) => `门类 ${s}`,
  tooltip: (p) => [p.code, `${p.areaMu} 亩`, p.enterpriseName ?? '—'],
};

type Series = {
  type: string;
  map: string;
  nameProperty: string;
  aspectScale: number;
  data: { name: string; value: number }[];
};
type Piece = { value: number; label: string; color: string };

describe('buildParkMapOption', () => {
  it('draws one map series over the park’s registered GeoJSON, parcels named by code', () => {
    const option = buildParkMapOption(map, 'supplyStatus', labels);
    const [series] = option.series as Series[];
    expect(series).toMatchObject({ type: 'map', map: mapNameOf('p1'), nameProperty: 'code', aspectScale: 1 });
    expect(series?.data.map((d) => [d.name, d.value])).toEqual([
      ['A-1', 0],
      ['A-2', 2],
      ['A-3', 1],
    ]);
    const pieces = (option.visualMap as { pieces: Piece[] }).pieces;
    expect(pieces.map((p) => p.label)).toEqual(['已供', '未供', '储备']);
  });

  it('colours by industry section, parcels without one in their own legend entry', () => {
    const option = buildParkMapOption(map, 'industry', labels);
    const pieces = (option.visualMap as { pieces: Piece[] }).pieces;
    expect(pieces.map((p) => [p.value, p.label])).toEqual([
      [0, '门类 C'],
      [1, '门类 G'],
      [2, '无企业'],
    ]);
    const [series] = option.series as Series[];
    expect(series?.data.map((d) => d.value)).toEqual([0, 2, 1]);
  });

  it('shows code, area and enterprise on hover, escaped', () => {
    const option = buildParkMapOption(map, 'supplyStatus', labels);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const [series] = option.series as (Series & { data: unknown[] })[];
    expect(formatter({ data: series?.data[0] })).toBe('A-1<br/>10 亩<br/>星萌&lt;科技&gt;');
    expect(formatter({})).toBe('');
  });
});
