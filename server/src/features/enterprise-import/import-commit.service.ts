import { randomUUID } from 'node:crypto';
import type { Locale, SheetProblem } from '@zonehub/enterprise-sheet';
import type { Db } from '../../db/database.js';
import type { AppContext, Caller } from '../../http/context.js';
import { AppError, notFound } from '../../http/errors.js';
import { type Change, recordChanges } from '../audit/audit.service.js';
import type { EnterpriseRow } from '../enterprises/enterprise.table.js';
import { type EnterpriseChanges, insertEnterprises, updateEnterprise } from '../enterprises/enterprise.writer.js';
import { auditShape, parseRecords, type StoredRecord } from './import.schema.js';
import { jobView } from './import.service.js';
import * as repo from './import-job.repository.js';
import type { ImportMode } from './import-job.table.js';
import { forgetProgress, reportProgress } from './import-progress.js';

/** Rows per write batch; progress is reported after each. */
const BATCH = 500;

const STATUS_WORDS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    validating: '校验中',
    invalid: '有错误',
    importing: '导入中',
    done: '已完成',
    failed: '失败',
    ready: '待导入',
  },
  'en-US': {},
};

/**
 * Starts the commit of a validated job: claims it (ready → importing, so a second click cannot run it
 * twice) and runs the import in the background; the caller polls GET /enterprise-import/:id.
 */
export async function startCommit(
  ctx: AppContext,
  caller: Caller,
  id: string,
  mode: ImportMode,
  locale: Locale,
  onFailure: (error: unknown) => void,
) {
  const job = await repo.findJob(ctx.db, caller.scope.zoneId, id);
  if (!job) throw notFound('importJob');
  const claimed = await repo.moveJob(ctx.db, id, 'ready', {
    status: 'importing',
    mode,
    processedRows: 0,
    startedAt: ctx.clock.now().toISOString(),
  });
  if (!claimed) throw new AppError('import.notReady', { status: STATUS_WORDS[locale][job.status] ?? job.status });
  runImport(ctx, caller, id).catch(onFailure);
  return jobView(ctx, caller.scope.zoneId, id, locale);
}

/** A commit still running this long after it started was abandoned (10,000 rows take seconds). */
const ABANDONED_AFTER_MS = 60 * 60_000;

/**
 * Run at start-up: jobs left "importing" by a process that died mid-commit (its transaction rolled
 * back) become failed instead of polling as importing forever. On SQLite this process alone uses the
 * file, so every such job is abandoned; on PostgreSQL another process may be importing right now, so
 * only the jobs started over an hour ago.
 */
export async function failAbandonedImports(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const startedBefore = ctx.dialect === 'sqlite' ? null : new Date(now.getTime() - ABANDONED_AFTER_MS).toISOString();
  return repo.failAbandonedJobs(ctx.db, startedBefore, now.toISOString());
}

/** Runs the whole import in ONE transaction: any failure leaves the registry as it was. */
export async function runImport(ctx: AppContext, caller: Caller, id: string): Promise<void> {
  const job = await repo.findJob(ctx.db, caller.scope.zoneId, id);
  if (!job) return;
  const records = parseRecords(job.records);
  const rows = records.rows;
  const columns = new Set(records.columns);
  try {
    const outcome = await ctx.db
      .transaction()
      .execute((trx) =>
        writeAll(ctx, trx, caller, job.mode, rows, columns, (processedRows) => reportProgress(ctx, id, processedRows)),
      );
    const finishedAt = ctx.clock.now().toISOString();
    if (outcome.conflicts.length > 0) {
      await repo.updateJob(ctx.db, id, { status: 'invalid', problems: JSON.stringify(outcome.conflicts), finishedAt });
      return;
    }
    await repo.updateJob(ctx.db, id, {
      status: 'done',
      processedRows: rows.length,
      createdCount: outcome.created,
      updatedCount: outcome.updated,
      records: JSON.stringify({ columns: [...columns], rows: [] }),
      finishedAt,
    });
  } catch (error) {
    await repo.updateJob(ctx.db, id, {
      status: 'failed',
      processedRows: 0,
      // The details go to the log (onFailure); the job keeps only that it failed, like a masked 500.
      failure: 'internal',
      finishedAt: ctx.clock.now().toISOString(),
    });
    throw error;
  } finally {
    // The row says done or failed by now; the in-process count is no longer needed.
    forgetProgress(id);
  }
}

/** Only the columns the sheet had are written on update: a sheet without 地址 leaves addresses alone. */
function changesOf(r: StoredRecord, columns: Set<string>, now: string): EnterpriseChanges {
  const changes: EnterpriseChanges = { name: r.name, updatedAt: now };
  if (columns.has('formerNames')) changes.formerNames = r.formerNames.length ? JSON.stringify(r.formerNames) : null;
  if (columns.has('legalRepresentative')) changes.legalRepresentative = r.legalRepresentative;
  if (columns.has('registeredCapital')) changes.registeredCapitalYuan = r.registeredCapitalYuan;
  if (columns.has('foundedOn')) changes.foundedOn = r.foundedOn;
  if (columns.has('address')) changes.address = r.address;
  if (columns.has('park')) changes.parkId = r.parkId;
  if (columns.has('industryCode')) changes.industryCode = r.industryCode;
  if (columns.has('status')) changes.status = r.status;
  if (columns.has('employees')) changes.employees = r.employees;
  return changes;
}

function rowShape(row: EnterpriseRow) {
  const formerNames: unknown = row.formerNames ? JSON.parse(row.formerNames) : [];
  return {
    id: row.id,
    zoneId: row.zoneId,
    uscc: row.uscc,
    name: row.name,
    formerNames,
    legalRepresentative: row.legalRepresentative,
    registeredCapitalYuan: row.registeredCapitalYuan,
    foundedOn: row.foundedOn,
    address: row.address,
    parkId: row.parkId,
    industryCode: row.industryCode,
    status: row.status,
    employees: row.employees,
  };
}

/** After an update: the sheet's values for the columns it had, the record's own for the rest. */
function mergedShape(before: EnterpriseRow, r: StoredRecord, columns: Set<string>) {
  const sheet = auditShape(before.id, before.zoneId, r);
  const field = (column: string) =>
    column === 'registeredCapital' ? 'registeredCapitalYuan' : column === 'park' ? 'parkId' : column;
  const picked = Object.fromEntries(
    Object.entries(sheet).filter(([key]) => [...columns].some((c) => field(c) === key) || key === 'name'),
  );
  return { ...rowShape(before), ...picked };
}

async function writeAll(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  mode: ImportMode,
  rows: StoredRecord[],
  columns: Set<string>,
  report: (processed: number) => Promise<void>,
): Promise<{ created: number; updated: number; conflicts: SheetProblem[] }> {
  const zoneId = caller.scope.zoneId;
  const now = ctx.clock.now().toISOString();
  // The registry may have changed since the preview: judge each code again, inside the transaction.
  const existing = await repo.enterprisesByUscc(
    trx,
    zoneId,
    rows.map((r) => r.uscc),
  );
  if (mode === 'create') {
    const conflicts = rows
      .filter((r) => existing.has(r.uscc))
      .map(
        (r): SheetProblem => ({
          row: r.row,
          column: '统一社会信用代码',
          code: 'uscc.exists',
          params: { name: existing.get(r.uscc)?.name ?? '' },
        }),
      );
    if (conflicts.length > 0) return { created: 0, updated: 0, conflicts };
  }
  const known = await repo.existingClassifications(
    trx,
    [...existing.values()].map((e) => e.id),
  );
  const classificationKey = (enterpriseId: string, kind: string, year: number) => `${enterpriseId}|${kind}|${year}`;
  const knownIds = new Map(known.map((c) => [classificationKey(c.enterpriseId, c.kind, c.year), c.id]));
  let created = 0;
  let updated = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const fresh = batch.filter((r) => !existing.has(r.uscc));
    const ids = new Map(fresh.map((r) => [r.uscc, randomUUID()]));
    await insertEnterprises(
      trx,
      fresh.map((r) => ({
        id: ids.get(r.uscc) ?? '',
        zoneId,
        parkId: r.parkId,
        uscc: r.uscc,
        name: r.name,
        formerNames: r.formerNames.length ? JSON.stringify(r.formerNames) : null,
        legalRepresentative: r.legalRepresentative,
        registeredCapitalYuan: r.registeredCapitalYuan,
        foundedOn: r.foundedOn,
        address: r.address,
        employees: r.employees,
        status: r.status,
        industryCode: r.industryCode,
        isDemo: 0,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await repo.insertPrimaryContacts(
      trx,
      fresh.flatMap((r) =>
        r.contact ? [{ id: randomUUID(), enterpriseId: ids.get(r.uscc) ?? '', ...r.contact, createdAt: now }] : [],
      ),
    );
    const newClassifications: repo.ClassificationToWrite[] = [];
    const changes: Change[] = [];
    for (const r of batch) {
      const before = existing.get(r.uscc);
      const enterpriseId = before?.id ?? ids.get(r.uscc) ?? '';
      for (const c of r.classifications) {
        const knownId = knownIds.get(classificationKey(enterpriseId, c.kind, c.year));
        if (knownId) await repo.updateClassification(trx, knownId, { sector: c.sector, level: c.level });
        else newClassifications.push({ id: randomUUID(), enterpriseId, zoneId, ...c, createdAt: now });
      }
      if (before) {
        await updateEnterprise(trx, before.id, changesOf(r, columns, now));
        if (r.contact)
          await repo.makePrimaryContact(trx, { id: randomUUID(), enterpriseId, ...r.contact, createdAt: now });
        updated++;
      } else created++;
      changes.push({
        action: before ? 'enterprise.update' : 'enterprise.create',
        entityType: 'enterprise',
        entityId: enterpriseId,
        zoneId,
        before: before ? rowShape(before) : null,
        after: before ? mergedShape(before, r, columns) : auditShape(enterpriseId, zoneId, r),
      });
    }
    await repo.insertClassifications(trx, newClassifications);
    await recordChanges(trx, ctx, caller.principal, changes);
    await report(i + batch.length);
  }
  return { created, updated, conflicts: [] };
}
