import { LANDSCAPE_AREA, POINTS, TABLE_STYLE, TYPE_AREA } from './gbt9704.js';
import { type Align, ems, isChinese, paragraph } from './official-blocks.js';

/**
 * Tables of an official document: over the type area's width, fixed column widths worked out from the
 * cells (numbers, dates and codes never broken), the header row repeated on each page, lines in black,
 * in 小四 or, with many columns, 五号 on landscape pages.
 */
export interface TableColumn {
  header: string;
  /** The column's share of the width the fitted columns leave, relative to the other columns. */
  weight: number;
  /** Never wrap a cell (numbers, dates): the column is as wide as its widest cell. */
  nowrap?: boolean;
  align?: Align;
}

/** Tables of this many columns or more are set in 五号 rather than 小四, to fit the line. */
const SMALL_FROM_COLUMNS = 6;
/** A column whose widest cell is this short (in em) is fitted to it (序号, 阶段, 亮灯, names). */
const SHORT_EMS = 4;
/** A column of codes or numbers (no Chinese) up to this wide is fitted too: a code is never broken. */
const CODE_EMS = 8;
/** A fitted column is at least this wide (or as its header), so its header wraps to two lines at most. */
const HEADER_EMS = 3;
/** A cell's left and right margins (OfficialTable) and a little room for the font's own spacing. */
const CELL_ROOM = 160;

/**
 * Column widths in twips over the type area's width: a column that must not wrap, whose cells are all
 * short, or that holds codes, as wide as its widest cell at the table's size; the others share the
 * rest by weight. When the fitted columns alone overrun the width, every column is scaled down alike.
 */
export function columnWidths(
  columns: readonly Pick<TableColumn, 'header' | 'weight' | 'nowrap'>[],
  rows: readonly (readonly string[])[],
  pt: number,
  width: number,
): number[] {
  const fitted = columns.map((c, i) => {
    const cells = rows.map((r) => r[i] ?? '');
    const widest = cells.reduce((max, cell) => Math.max(max, ems(cell)), 0);
    const code = widest <= CODE_EMS && cells.every((cell) => ![...cell].some(isChinese));
    if (!c.nowrap && widest > SHORT_EMS && !code) return 0;
    return Math.ceil(Math.max(widest, Math.min(ems(c.header), HEADER_EMS)) * pt * 20) + CELL_ROOM;
  });
  const rest = width - fitted.reduce((sum, w) => sum + w, 0);
  const weights = columns.reduce((sum, c, i) => sum + (fitted[i] ? 0 : c.weight), 0);
  const raw = columns.map((c, i) => fitted[i] || Math.floor((Math.max(rest, 0) * c.weight) / (weights || 1)));
  const total = raw.reduce((sum, w) => sum + w, 0);
  const widths = total > width ? raw.map((w) => Math.floor((w * width) / total)) : raw;
  const used = widths.reduce((sum, w) => sum + w, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths.at(-1) ?? 0) + width - used;
  return widths;
}

/** A table of 7 columns or more is too wide for the 156 mm line: put it (with its heading) in `landscape`. */
export const isWide = (columns: readonly unknown[]) => columns.length >= 7;

/**
 * A table over the type area's width (the landscape one when it `isWide`) with a header row repeated
 * on each page, lines in black.
 */
export function table(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const small = columns.length >= SMALL_FROM_COLUMNS;
  const text = small ? 'TableTextSmall' : 'TableText';
  const head = small ? 'TableHeadSmall' : 'TableHead';
  const width = isWide(columns) ? LANDSCAPE_AREA.width : TYPE_AREA.width;
  const widths = columnWidths(columns, rows, small ? POINTS.size5 : POINTS.small4, width);
  const headCells = columns
    .map(
      (c, i) =>
        `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${paragraph(c.header, head, 'center')}</w:tc>`,
    )
    .join('');
  const body = rows
    .map(
      (r) => `<w:tr>${r.map((cell, i) => `<w:tc>${paragraph(cell, text, columns[i]?.align)}</w:tc>`).join('')}</w:tr>`,
    )
    .join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="${TABLE_STYLE}"/><w:tblW w:w="${width}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths
    .map((w) => `<w:gridCol w:w="${w}"/>`)
    .join('')}</w:tblGrid><w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>${headCells}</w:tr>${body}</w:tbl>`;
}
