import { renderChart } from './report-charts.js';
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

/** A report model as a file: the document shape, its charts drawn once, then the format's writer. */
export async function reportFile(
  model: ReportModel,
  zone: ZoneLabel,
  format: ReportFormat,
): Promise<{ fileName: string; body: Buffer; document: ReportDocument }> {
  const document = reportDocument(model, zone);
  const charts = document.charts.filter((c) => c.categories.length > 0).map(renderChart);
  const body = format === 'docx' ? reportDocx(document, charts) : await reportXlsx(document, charts);
  return { fileName: `${document.fileBase}.${format}`, body, document };
}
