import {
  type HeaderMatch,
  type SheetContext,
  type SheetProblem,
  type SheetValidation,
  validateRows,
} from '@zonehub/enterprise-sheet';
import { type RecordsSummary, type StoredRecord, type StoredRecords, summaryOf } from './import.schema.js';
import type { ImportMode } from './import-job.table.js';
import { readWorkbook, type UnreadableReason } from './workbook-reader.js';

/** What one preview hands the parser: the uploaded bytes, the row cap and the zone's codes and parks. */
export interface ParseJob {
  data: Uint8Array;
  maxRows: number;
  context: SheetContext;
}

/**
 * A parsed and validated sheet (only the credit codes, to look up in the registry), or why it is
 * refused (the service words each refusal as today's 400). Plain data: it crosses from the worker.
 */
export type ParseOutcome =
  | { ok: true; usccs: string[]; totalRows: number; rowsRead: number }
  | { ok: false; refusal: 'unreadable'; reason: UnreadableReason; rowsRead: number }
  | { ok: false; refusal: 'noHeader' | 'tooManyRows'; rowsRead: number }
  | { ok: false; refusal: 'missingColumns'; missing: string[]; rowsRead: number };

/** Enterprises of the zone already in the registry, by credit code. */
export type ExistingByUscc = ReadonlyMap<string, { id: string; name: string }>;

/** The job's columns as stored, already serialized (the large part of a preview's work). */
export interface StoredSheet {
  totalRows: number;
  hasProblems: boolean;
  problemsJson: string;
  recordsJson: string;
  recordsBytes: number;
  summary: RecordsSummary;
}

export interface OpenSheet {
  outcome: ParseOutcome;
  /** The records and problems once the registry has been asked about the credit codes. */
  store(existing: ExistingByUscc, mode: ImportMode): StoredSheet;
}

function stored(header: HeaderMatch, result: SheetValidation, existing: ExistingByUscc, mode: ImportMode): StoredSheet {
  const problems: SheetProblem[] = [...result.problems];
  const rows: StoredRecord[] = [];
  const usccColumn = [...header.columns.values()].find((c) => c.key === 'uscc')?.header ?? '';
  for (const record of result.records) {
    const found = existing.get(record.uscc);
    if (found && mode === 'create') {
      problems.push({ row: record.row, column: usccColumn, code: 'uscc.exists', params: { name: found.name } });
    } else rows.push({ ...record, existingId: found?.id ?? null });
  }
  problems.sort((a, b) => a.row - b.row);
  const records: StoredRecords = { columns: [...header.columns.values()].map((c) => c.key), rows };
  const recordsJson = JSON.stringify(records);
  return {
    totalRows: result.totalRows,
    hasProblems: problems.length > 0,
    problemsJson: JSON.stringify(problems),
    recordsJson,
    recordsBytes: Buffer.byteLength(recordsJson),
    summary: summaryOf(rows),
  };
}

const noStore = (): never => {
  throw new Error('a refused sheet has nothing to store');
};

/** Reads the sheet (stopping past the row cap) and validates every data row; no database access. */
export async function openSheet(job: ParseJob): Promise<OpenSheet> {
  const data = Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength);
  const read = await readWorkbook(data, job.maxRows);
  const { rowsRead } = read;
  if (!read.ok) {
    if (read.reason === 'tooManyRows')
      return { outcome: { ok: false, refusal: 'tooManyRows', rowsRead }, store: noStore };
    return { outcome: { ok: false, refusal: 'unreadable', reason: read.reason, rowsRead }, store: noStore };
  }
  const header = read.header;
  if (!header) return { outcome: { ok: false, refusal: 'noHeader', rowsRead }, store: noStore };
  if (header.missing.length > 0) {
    return { outcome: { ok: false, refusal: 'missingColumns', missing: header.missing, rowsRead }, store: noStore };
  }
  const result = validateRows(read.rows, header, job.context);
  return {
    outcome: { ok: true, usccs: result.records.map((r) => r.uscc), totalRows: result.totalRows, rowsRead },
    store: (existing, mode) => stored(header, result, existing, mode),
  };
}
