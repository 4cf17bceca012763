import { randomUUID } from 'node:crypto';
import {
  HEADER_SEARCH_ROWS,
  type Locale,
  parkKey,
  type SheetContext,
  type SheetProblem,
  validateRows,
} from '@zonehub/enterprise-sheet';
import type { Db } from '../../db/database.js';
import type { AppContext, Caller } from '../../http/context.js';
import { AppError, notFound } from '../../http/errors.js';
import {
  type ImportJobView,
  type RecordsSummary,
  type StoredRecord,
  type StoredRecords,
  summarizeRecords,
  toImportJobView,
} from './import.schema.js';
import * as repo from './import-job.repository.js';
import type { ImportMode } from './import-job.table.js';
import { progressOf } from './import-progress.js';
import { readWorkbook, type UnreadableReason, WORKBOOK_LIMIT_TEXT } from './workbook-reader.js';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const UNREADABLE: Record<Exclude<UnreadableReason, 'unsafeZip'>, Record<Locale, string>> = {
  notZip: { 'zh-CN': '文件内容不是 .xlsx 格式', 'en-US': 'the content is not an .xlsx package' },
  legacyXls: {
    'zh-CN': '这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx',
    'en-US': 'this is a legacy .xls file; save it as .xlsx',
  },
  damaged: { 'zh-CN': '文件已损坏或不是工作簿', 'en-US': 'the file is damaged or not a workbook' },
};

/** The zone's parks the caller may import into (park staff: their own), by name and by code. */
async function parksFor(ctx: AppContext, caller: Caller) {
  const all = await repo.zoneParks(ctx.db, caller.scope.zoneId);
  const allowed = caller.scope.parkIds;
  return all.filter((p) => allowed === null || allowed.includes(p.id));
}

export async function parkNames(db: Db, zoneId: string): Promise<Map<string, string>> {
  return new Map((await repo.zoneParks(db, zoneId)).map((p) => [p.id, p.name]));
}

/**
 * Reads and validates an uploaded sheet and stores the result as a job: every problem by row and
 * column, or the clean rows ready to commit. Refuses a file that is not a readable .xlsx, has no
 * header row, lacks a required column or has no data, each with its reason. Writes no enterprise.
 */
export async function previewImport(
  ctx: AppContext,
  caller: Caller,
  upload: { data: Buffer; fileName: string },
  mode: ImportMode,
  locale: Locale,
): Promise<ImportJobView> {
  const read = await readWorkbook(upload.data);
  if (!read.ok) {
    const reason = read.reason;
    if (reason === 'unsafeZip') throw new AppError('import.unsafeZip', { limit: WORKBOOK_LIMIT_TEXT });
    throw new AppError('import.notXlsx', { reason: UNREADABLE[reason][locale] });
  }
  const header = read.header;
  if (!header) throw new AppError('import.noHeader', { rows: HEADER_SEARCH_ROWS });
  const maxRows = ctx.config.importMaxRows;
  if (read.rows.filter((row) => row.rowNumber > header.rowNumber).length > maxRows) {
    throw new AppError('import.tooManyRows', { limit: maxRows.toLocaleString('en-US') });
  }
  if (header.missing.length > 0) throw new AppError('import.missingColumns', { columns: header.missing.join('、') });

  const now = ctx.clock.now().toISOString();
  const id = randomUUID();
  await repo.insertJob(ctx.db, {
    id,
    zoneId: caller.scope.zoneId,
    userId: caller.principal.userId,
    fileName: upload.fileName,
    status: 'validating',
    mode,
    totalRows: 0,
    processedRows: 0,
    createdCount: 0,
    updatedCount: 0,
    problems: '[]',
    records: JSON.stringify({ columns: [], rows: [] }),
    createdAt: now,
  });

  const parks = await parksFor(ctx, caller);
  const context: SheetContext = {
    industryCodes: new Set((await repo.industryCodes(ctx.db)).map((i) => i.code)),
    parks: new Map(parks.flatMap((p) => [[parkKey(p.name), p.id] as const, [parkKey(p.code), p.id] as const])),
    today: now.slice(0, 10),
  };
  const result = validateRows(read.rows, header, context);
  if (result.totalRows === 0) {
    await repo.updateJob(ctx.db, id, { status: 'invalid', finishedAt: now });
    throw new AppError('import.empty');
  }

  const existing = await repo.enterprisesByUscc(
    ctx.db,
    caller.scope.zoneId,
    result.records.map((r) => r.uscc),
  );
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
  await repo.updateJob(ctx.db, id, {
    status: problems.length > 0 ? 'invalid' : 'ready',
    totalRows: result.totalRows,
    problems: JSON.stringify(problems),
    records: JSON.stringify(records),
    ...(problems.length > 0 ? { finishedAt: now } : {}),
  });
  return jobView(ctx, caller.scope.zoneId, id, locale);
}

/**
 * The last few jobs' records summaries, by job and size of the records. A job's records are written
 * once (at validation) and emptied once (when done), so the size tells them apart; the progress poll
 * then reads only the small columns instead of parsing megabytes twice a second.
 */
const summaries = new Map<string, { bytes: number; summary: RecordsSummary }>();
const SUMMARIES_KEPT = 20;

async function recordsSummary(db: Db, id: string, bytes: number): Promise<RecordsSummary> {
  const cached = summaries.get(id);
  if (cached?.bytes === bytes) return cached.summary;
  const summary = summarizeRecords((await repo.findRecords(db, id)) ?? '{"columns":[],"rows":[]}');
  summaries.delete(id);
  summaries.set(id, { bytes, summary });
  for (const oldest of summaries.keys()) {
    if (summaries.size <= SUMMARIES_KEPT) break;
    summaries.delete(oldest);
  }
  return summary;
}

/**
 * A job as the API shows it. Read through `readDb` (a running commit must not delay it), with the
 * progress of a commit running in this process when it is one (SQLite; see import-progress.ts).
 */
export async function jobView(ctx: AppContext, zoneId: string, id: string, locale: Locale): Promise<ImportJobView> {
  const job = await repo.findJobHead(ctx.readDb, zoneId, id);
  if (!job) throw notFound('importJob');
  const processedRows = job.status === 'importing' ? (progressOf(id) ?? job.processedRows) : job.processedRows;
  const records = await recordsSummary(ctx.readDb, id, Number(job.recordsBytes));
  return toImportJobView({ ...job, processedRows }, records, await parkNames(ctx.readDb, zoneId), locale);
}
