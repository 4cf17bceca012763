import { existsSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

/**
 * Charts of the generated reports, drawn on the server: ECharts renders SVG without a DOM (its
 * server-side mode), resvg turns it into a PNG that Word and Excel both show. The CJK font comes from
 * the system (Noto Sans CJK), so Chinese labels render on a machine without a browser.
 */
export interface ChartSpec {
  title: string;
  categories: string[];
  series: { name: string; values: (number | null)[]; color: string; stack?: string; kind?: 'bar' | 'line' }[];
  /** The value axis' name (e.g. 万元, 个, 工作日, %). */
  unit: string;
}

export interface ChartImage {
  title: string;
  png: Buffer;
  width: number;
  height: number;
}

/**
 * Where Debian/Ubuntu (fonts-noto-cjk), Fedora and Alpine put Noto Sans CJK. Reading the one file
 * is much cheaper than resvg scanning every system font on each chart; without it, the system's.
 */
const CJK_FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
];
let fontOptions: { fontFiles: string[]; loadSystemFonts: boolean } | null = null;
function fonts() {
  if (fontOptions === null) {
    const found = CJK_FONT_FILES.filter((file) => existsSync(file));
    fontOptions = { fontFiles: found, loadSystemFonts: found.length === 0 };
  }
  return fontOptions;
}

const WIDTH = 900;
const HEIGHT = 420;
const FONT = 'Noto Sans CJK SC';

export const COLORS = {
  green: '#52c41a',
  amber: '#faad14',
  red: '#f5222d',
  done: '#8c8c8c',
  plan: '#bfbfbf',
  actual: '#1677ff',
  month: '#13c2c2',
  accent: '#722ed1',
} as const;

/** Units of things counted one by one: their axis steps by whole numbers (no 0.2 项目). */
const COUNT_UNITS = new Set(['个', '家', '项', '次', '人']);

/** The ECharts option of a chart spec (pure; kept apart so the option is testable without drawing). */
export function chartOption(spec: ChartSpec) {
  const rotate = spec.categories.length > 6 ? 30 : 0;
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    title: { text: spec.title, left: 'center', textStyle: { fontSize: 16 } },
    legend: { top: 36 },
    grid: { left: 70, right: 30, top: 84, bottom: rotate ? 90 : 50 },
    xAxis: { type: 'category', data: spec.categories, axisLabel: { interval: 0, rotate } },
    yAxis: { type: 'value', name: spec.unit, minInterval: COUNT_UNITS.has(spec.unit) ? 1 : undefined },
    series: spec.series.map((s) => ({
      type: s.kind ?? 'bar',
      name: s.name,
      data: s.values,
      stack: s.stack,
      itemStyle: { color: s.color },
      lineStyle: { color: s.color },
      barMaxWidth: 48,
    })),
  };
}

/**
 * Draws a chart. The SVG is quick; rasterising it (resvg reads the CJK font, ~1 s of CPU on a
 * first chart) runs on libuv's thread pool, so the event loop keeps serving other requests.
 */
export async function renderChart(spec: ChartSpec): Promise<ChartImage> {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  let svg: string;
  try {
    chart.setOption(chartOption(spec));
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const image = await renderAsync(svg, { background: '#ffffff', font: { ...fonts(), defaultFontFamily: FONT } });
  return { title: spec.title, png: image.asPng(), width: WIDTH, height: HEIGHT };
}
