import {
  type ColumnKey,
  type Locale,
  problemMessage,
  type SheetEnterprise,
  type SheetProblem,
} from '@zonehub/enterprise-sheet';
import { z } from 'zod';
import { ENTERPRISE_STATUSES } from '../enterprises/enterprise.table.js';
import { IMPORT_JOB_STATUSES, IMPORT_MODES, type ImportJobRow } from './import-job.table.js';

/** A clean row as stored on the job, with the enterprise it will update (null: it will be created). */
export interface StoredRecord extends SheetEnterprise {
  existingId: string | null;
}
/** The job's `records` JSON: the columns the sheet had (absent ones are left alone on update) and the rows. */
export interface StoredRecords {
  columns: ColumnKey[];
  rows: StoredRecord[];
}

const FAILURE_TEXT: Record<Locale, string> = {
  'zh-CN': '服务器出错，导入已整体撤销，没有写入任何数据',
  'en-US': 'A server error stopped the import; it was rolled back and nothing was written',
};

/** Rows shown in the preview; the rest are written just the same. */
export const PREVIEW_ROWS = 20;

export const importModeQuery = z.strictObject({
  mode: z.enum(IMPORT_MODES).default('create'),
  fileName: z.string().trim().min(1).max(200).optional(),
});
export const commitBody = z.strictObject({ mode: z.enum(IMPORT_MODES) });
export const jobParams = z.strictObject({ id: z.string().min(1).max(64) });

export const importErrorSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  code: z.string(),
  message: z.string(),
});

const previewRowSchema = z.object({
  row: z.number().int(),
  action: z.enum(['create', 'update']),
  uscc: z.string(),
  name: z.string(),
  parkName: z.string().nullable(),
  industryCode: z.string().nullable(),
  status: z.enum(ENTERPRISE_STATUSES),
  registeredCapitalYuan: z.number().nullable(),
  foundedOn: z.string().nullable(),
  employees: z.number().int().nullable(),
});

export const importJobSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  status: z.enum(IMPORT_JOB_STATUSES),
  mode: z.enum(IMPORT_MODES),
  /** Data rows in the file (blank rows not counted). */
  totalRows: z.number().int(),
  /** Rows written so far while importing. */
  processedRows: z.number().int(),
  /** Rows without problems; the import writes these when there are no errors at all. */
  validRows: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  createdCount: z.number().int(),
  updatedCount: z.number().int(),
  errorCount: z.number().int(),
  /** Every problem, by row and column, in the caller's language. */
  errors: z.array(importErrorSchema),
  preview: z.array(previewRowSchema),
  failure: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJobView = z.infer<typeof importJobSchema>;

export const parseRecords = (json: string): StoredRecords => JSON.parse(json) as StoredRecords;
export const parseProblems = (json: string): SheetProblem[] => JSON.parse(json) as SheetProblem[];

/** What the job view needs of the records (a large sheet's are megabytes): counts and the preview rows. */
export interface RecordsSummary {
  count: number;
  toUpdate: number;
  preview: StoredRecord[];
}

export function summarizeRecords(json: string): RecordsSummary {
  const rows = parseRecords(json).rows;
  return {
    count: rows.length,
    toUpdate: rows.filter((r) => r.existingId !== null).length,
    preview: rows.slice(0, PREVIEW_ROWS),
  };
}

export function toImportJobView(
  row: Omit<ImportJobRow, 'records'>,
  records: RecordsSummary,
  parkNames: ReadonlyMap<string, string>,
  locale: Locale,
): ImportJobView {
  const problems = parseProblems(row.problems);
  const toUpdate = records.toUpdate;
  return {
    id: row.id,
    fileName: row.fileName,
    status: row.status,
    mode: row.mode,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    validRows: row.status === 'done' ? row.createdCount + row.updatedCount : records.count,
    toCreate: records.count - toUpdate,
    toUpdate,
    createdCount: row.createdCount,
    updatedCount: row.updatedCount,
    errorCount: problems.length,
    errors: problems.map((p) => ({ row: p.row, column: p.column, code: p.code, message: problemMessage(locale, p) })),
    preview: records.preview.map((r) => ({
      row: r.row,
      action: r.existingId ? 'update' : 'create',
      uscc: r.uscc,
      name: r.name,
      parkName: r.parkId ? (parkNames.get(r.parkId) ?? null) : null,
      industryCode: r.industryCode,
      status: r.status,
      registeredCapitalYuan: r.registeredCapitalYuan,
      foundedOn: r.foundedOn,
      employees: r.employees,
    })),
    failure: row.failure === null ? null : FAILURE_TEXT[locale],
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

/** The audit shape of an imported enterprise: the record's own fields (contacts and classifications aside). */
export function auditShape(id: string, zoneId: string, r: SheetEnterprise) {
  return {
    id,
    zoneId,
    uscc: r.uscc,
    name: r.name,
    formerNames: r.formerNames,
    legalRepresentative: r.legalRepresentative,
    registeredCapitalYuan: r.registeredCapitalYuan,
    foundedOn: r.foundedOn,
    address: r.address,
    parkId: r.parkId,
    industryCode: r.industryCode,
    status: r.status,
    employees: r.employees,
  };
}
