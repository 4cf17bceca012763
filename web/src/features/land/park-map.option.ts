import type { ChartOption } from '../../charts/chart-option';
import { htmlLines } from '../../charts/escape-html';
import type { MapFeature, ParkMap, SupplyStatus } from './land.api';

export type MapColoring = 'supplyStatus' | 'industry';

export interface ParkMapLabels {
  supplyStatus: Record<SupplyStatus, string>;
  /** Legend entry of parcels without an enterprise (or without its industry). */
  noIndustry: string;
  /** Legend entry of a GB/T 4754 section letter, e.g. "门类 C". */
  section: (letter: string) => string;
  /** The tooltip of one parcel (code, area 亩, status, enterprise), plain text lines. */
  tooltip: (parcel: MapFeature['properties']) => string[];
}

/** The datum of one parcel on the map: the series finds its region by `name` (the parcel code). */
export interface ParcelDatum {
  name: string;
  value: number;
  parcel: MapFeature['properties'];
}

const STATUS_COLORS: Record<SupplyStatus, string> = { supplied: '#1677ff', unsupplied: '#bfbfbf', reserved: '#faad14' };
const SECTION_COLORS = [
  '#5470c6',
  '#91cc75',
  '#fac858',
  '#ee6666',
  '#73c0de',
  '#3ba272',
  '#fc8452',
  '#9a60b4',
  '#ea7ccc',
];
const NO_INDUSTRY_COLOR = '#d9d9d9';
const STATUSES: SupplyStatus[] = ['supplied', 'unsupplied', 'reserved'];

/** The name a park's GeoJSON is registered under with echarts.registerMap. */
export const mapNameOf = (parkId: string) => `zonehub-park-${parkId}`;

/** Categories (legend pieces) and which category each parcel falls in, for the chosen colouring. */
function categories(map: ParkMap, coloring: MapColoring, labels: ParkMapLabels) {
  if (coloring === 'supplyStatus') {
    return {
      pieces: STATUSES.map((s, i) => ({ value: i, label: labels.supplyStatus[s], color: STATUS_COLORS[s] })),
      indexOf: (p: MapFeature['properties']) => STATUSES.indexOf(p.supplyStatus),
    };
  }
  const sections = [...new Set(map.features.map((f) => f.properties.industrySection).filter((s) => s !== null))].sort();
  const pieces = sections.map((s, i) => ({
    value: i,
    label: labels.section(s),
    color: SECTION_COLORS[i % SECTION_COLORS.length] ?? NO_INDUSTRY_COLOR,
  }));
  pieces.push({ value: sections.length, label: labels.noIndustry, color: NO_INDUSTRY_COLOR });
  return {
    pieces,
    indexOf: (p: MapFeature['properties']) =>
      p.industrySection === null ? sections.length : sections.indexOf(p.industrySection),
  };
}

/**
 * The park map: one `map` series over the park's own GeoJSON (registered under mapNameOf), parcels
 * coloured by supply status or by the industry section of their enterprise, with a piecewise legend.
 * Coordinates are planar metres, so the aspect is kept 1:1 (ECharts assumes degrees otherwise).
 */
export function buildParkMapOption(map: ParkMap, coloring: MapColoring, labels: ParkMapLabels): ChartOption {
  const { pieces, indexOf } = categories(map, coloring, labels);
  const data: ParcelDatum[] = map.features.map((f) => ({
    name: f.properties.code,
    value: indexOf(f.properties),
    parcel: f.properties,
  }));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const datum = (params as { data?: ParcelDatum }).data;
        return datum ? htmlLines(labels.tooltip(datum.parcel)) : '';
      },
    },
    visualMap: {
      type: 'piecewise',
      pieces,
      left: 8,
      bottom: 8,
      orient: 'vertical',
      dimension: 0,
    },
    series: [
      {
        type: 'map',
        map: mapNameOf(map.park.id),
        nameProperty: 'code',
        aspectScale: 1,
        roam: true,
        label: { show: true, fontSize: 10, color: '#262626' },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        emphasis: { label: { show: true }, itemStyle: { borderColor: '#262626', borderWidth: 2 } },
        select: { disabled: true },
        data,
      },
    ],
  };
}
