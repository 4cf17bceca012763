import { setImmediate as nextTurn } from 'node:timers/promises';
import { documentDate } from '../../../documents/document-dates.js';
import { type Block, bodyText, landscape, outline } from '../../../documents/official-blocks.js';
import { imageBlock, officialDocx } from '../../../documents/official-docx.js';
import { isWide, type TableColumn, table } from '../../../documents/official-table.js';
import type { ChartImage } from './report-charts.js';
import type { Cell, ColumnKind, DocColumn, ReportDocument } from './report-document.js';

/**
 * A report document as .docx, laid out as the committee's documents are (GB/T 9704, documents/):
 * the title with the period under it, the lines on period and scope, then numbered sections: the
 * headline figures as a two-column table with the charts (PNG) under them, each table, and how the
 * figures are counted. Written as WordprocessingML strings, not through the `docx` object model
 * (docs/decisions/0002-report-word-files.md).
 */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A cell's text: numbers with thousands separators and their decimals, dates as 2026年12月8日, empty for none. */
export function cellText(value: Cell, kind: ColumnKind): string {
  if (value === null) return '';
  if (typeof value === 'string') return kind === 'date' && DAY.test(value) ? documentDate(value) : value;
  switch (kind) {
    case 'wan':
      return value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case 'percent':
    case 'decimal':
      return value.toLocaleString('zh-CN', { maximumFractionDigits: 1 });
    default:
      return value.toLocaleString('zh-CN');
  }
}

const isNumber = (kind: ColumnKind) => kind !== 'text' && kind !== 'date';

/** A report column as a table column: its spreadsheet width as its share; numbers and dates unbroken, numbers right. */
const tableColumn = (c: DocColumn): TableColumn => ({
  header: c.header,
  weight: c.width ?? 14,
  ...(c.kind === 'text' ? {} : { nowrap: true }),
  ...(isNumber(c.kind) ? { align: 'right' as const } : {}),
});

/** Async only to give the event loop a turn after each table (see reportFile). */
export async function reportDocx(doc: ReportDocument, charts: readonly ChartImage[]): Promise<Buffer> {
  const heading = outline();
  const body: Block[] = [
    ...doc.lines.map(bodyText),
    heading(1, '主要指标'),
    table(
      [
        { header: '指标', weight: 3 },
        { header: '数值', weight: 1, align: 'right' },
      ],
      doc.headline.map((h) => [h.label, cellText(h.value, h.kind)]),
    ),
    ...charts.map((c, i) => imageBlock(i + 1, c)),
  ];
  for (const t of doc.tables) {
    if (t.rows.length === 0) {
      body.push(heading(1, t.title), bodyText(t.empty));
      continue;
    }
    const blocks = [
      heading(1, t.title),
      table(
        t.columns.map(tableColumn),
        t.rows.map((r) => r.map((v, i) => cellText(v, t.columns[i]?.kind ?? 'text'))),
      ),
    ];
    // A wide table and its heading go on landscape pages.
    if (isWide(t.columns)) body.push(landscape(blocks));
    else body.push(...blocks);
    await nextTurn();
  }
  body.push(heading(1, '说明'), ...doc.notes.map(bodyText));
  return officialDocx({ name: doc.title, title: doc.titleParts, dateLine: doc.dateLine, body, images: charts });
}
