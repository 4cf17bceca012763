import { setImmediate as nextTurn } from 'node:timers/promises';
import { type ChartImage, renderChart } from './report-charts.js';
import { type ReportDocument, reportDocument } from './report-document.js';
import type { ZoneLabel } from './report-document-head.js';
import { reportDocx } from './report-docx.js';
import { reportXlsx } from './report-xlsx.js';
import type { ReportModel } from './reports.schema.js';

export type ReportFormat = 'docx' | 'xlsx';

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * A report model as a file: the document shape, its charts drawn once, then the format's writer.
 * Drawing a chart and writing a table are the CPU-heavy steps (tens of ms each on a zone of
 * thousands of projects): an event-loop turn after each lets other requests through meanwhile.
 */
export async function reportFile(
  model: ReportModel,
  zone: ZoneLabel,
  format: ReportFormat,
): Promise<{ fileName: string; body: Buffer; document: ReportDocument }> {
  const document = reportDocument(model, zone);
  await nextTurn();
  const charts: ChartImage[] = [];
  for (const spec of document.charts.filter((c) => c.categories.length > 0)) {
    charts.push(await renderChart(spec));
    await nextTurn();
  }
  const body = format === 'docx' ? await reportDocx(document, charts) : await reportXlsx(document, charts);
  return { fileName: `${document.fileBase}.${format}`, body, document };
}
