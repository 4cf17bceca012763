import { setImmediate as nextTurn } from 'node:timers/promises';
import { guardCells, guardFormula } from '@zonehub/formula-guard';
import ExcelJS from 'exceljs';
import { xmlSafeWorkbook } from '../../../http/xlsx-download.js';
import type { ChartImage } from './report-charts.js';
import type { ColumnKind, ReportDocument } from './report-document.js';

/**
 * A report document as .xlsx: a summary sheet (title, period lines, headline figures and the chart
 * images) and one sheet per table, numbers stored as numbers with their display format.
 */
const FORMATS: Partial<Record<ColumnKind, string>> = {
  int: '#,##0',
  decimal: '#,##0.0',
  wan: '#,##0.00',
  percent: '0.0',
};
/** Rows a chart image spans on the summary sheet (at the default row height). */
const CHART_ROWS = 22;

export async function reportXlsx(doc: ReportDocument, charts: ChartImage[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ZoneHub';
  const summary = workbook.addWorksheet('汇总');
  summary.columns = [{ width: 30 }, { width: 18 }];
  // Titles, lines and notes carry names (task forces, projects): every text goes through the guard.
  summary.addRow(guardCells([doc.title])).font = { bold: true, size: 14 };
  for (const line of doc.lines) summary.addRow(guardCells([line]));
  summary.addRow([]);
  summary.addRow(['指标', '数值']).font = { bold: true };
  for (const h of doc.headline) {
    const row = summary.addRow(guardCells([h.label, h.value]));
    const format = FORMATS[h.kind];
    if (format) row.getCell(2).numFmt = format;
  }
  let at = summary.rowCount + 1;
  for (const chart of charts) {
    const image = workbook.addImage({ buffer: chart.png as unknown as ExcelJS.Buffer, extension: 'png' });
    summary.addImage(image, { tl: { col: 0, row: at }, ext: { width: chart.width * 0.8, height: chart.height * 0.8 } });
    at += CHART_ROWS;
  }
  for (const note of doc.notes) summary.getCell(`A${at++ + 1}`).value = guardFormula(note);

  for (const t of doc.tables) {
    const sheet = workbook.addWorksheet(t.sheet);
    sheet.columns = t.columns.map((c) => ({ header: c.header, width: c.width ?? 14 }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    t.columns.forEach((c, i) => {
      const format = FORMATS[c.kind];
      if (format) sheet.getColumn(i + 1).numFmt = format;
    });
    for (const row of t.rows) sheet.addRow(guardCells(row));
    // A turn after each sheet, as after each docx table (see reportFile).
    await nextTurn();
  }
  return Buffer.from(await xmlSafeWorkbook(workbook).xlsx.writeBuffer());
}
