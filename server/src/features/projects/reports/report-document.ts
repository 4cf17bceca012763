import type { ChartSpec } from './report-charts.js';
import type { ZoneLabel } from './report-document-head.js';
import { annualDocument, quarterlyDocument } from './report-document-plan.js';
import { monthlyDocument, weeklyDocument } from './report-document-status.js';
import type { ReportModel } from './reports.schema.js';

/**
 * A report as a document, whatever the file format: the title and the lines under it, headline
 * figures, tables with typed columns and charts. The .docx and .xlsx writers render this shape, so
 * the two files always carry the same figures.
 */
export type ColumnKind = 'text' | 'int' | 'decimal' | 'wan' | 'percent' | 'date';
export type Cell = string | number | null;

export interface DocColumn {
  header: string;
  kind: ColumnKind;
  /** Spreadsheet column width in characters. */
  width?: number;
}

export interface DocTable {
  title: string;
  /** The sheet's name in the workbook (≤ 31 characters, unique). */
  sheet: string;
  columns: DocColumn[];
  rows: Cell[][];
  /** What the table shows when it has no rows. */
  empty: string;
}

export interface ReportDocument {
  /** The whole title (专班, period and kind), as the .xlsx and the file's properties show it. */
  title: string;
  /** The .docx title without the period (专班, kind), which goes on `dateLine` under it. */
  titleParts: string[];
  dateLine: string;
  /** The file's name without the extension. */
  fileBase: string;
  lines: string[];
  headline: { label: string; value: Cell; kind: ColumnKind }[];
  tables: DocTable[];
  charts: ChartSpec[];
  /** How the figures are counted, printed at the end. */
  notes: string[];
}

export function reportDocument(model: ReportModel, zone: ZoneLabel): ReportDocument {
  switch (model.kind) {
    case 'weekly':
      return weeklyDocument(model, zone);
    case 'monthly':
      return monthlyDocument(model, zone);
    case 'quarterly':
      return quarterlyDocument(model, zone);
    case 'annual':
      return annualDocument(model, zone);
  }
}
