import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Locale, SheetProblem } from '@zonehub/enterprise-sheet';
import type { AppContext, Caller } from '../../http/context.js';
import { AppError, notFound } from '../../http/errors.js';
import {
  discardStagingZone,
  openStagingZone,
  STAGING_ZONE_PREFIX,
  stagingZoneIds,
  stagingZoneOf,
} from '../zones/staging-zone.repository.js';
import { parseRecords } from './import.schema.js';
import { jobView } from './import.service.js';
import * as repo from './import-job.repository.js';
import type { ImportMode } from './import-job.table.js';
import { forgetProgress, reportProgress } from './import-progress.js';
import { type CommitPlan, reveal, stageChunk } from './import-writes.js';

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

/** A commit still running this long after it started was abandoned (20,000 rows take seconds). */
const ABANDONED_AFTER_MS = 60 * 60_000;

/**
 * Run at start-up: jobs left "importing" by a process that died mid-commit (its transaction rolled
 * back) become failed instead of polling as importing forever. On SQLite this process alone uses the
 * file, so every such job is abandoned; on PostgreSQL another process may be importing right now, so
 * only the jobs started over an hour ago. Rows a failed job staged are removed.
 */
/** Lets waiting requests through between two writes: a turn of the event loop (I/O included). */
const pause = () => nextTurn().then(() => undefined);

export async function failAbandonedImports(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const startedBefore = ctx.dialect === 'sqlite' ? null : new Date(now.getTime() - ABANDONED_AFTER_MS).toISOString();
  const failed = await repo.failAbandonedJobs(ctx.db, startedBefore, now.toISOString());
  // What their chunks staged was never visible; remove it (a job still importing keeps its own).
  for (const stagingId of await stagingZoneIds(ctx.db)) {
    const status = await repo.jobStatus(ctx.db, stagingId.slice(STAGING_ZONE_PREFIX.length));
    if (status !== 'importing') await discardStagingZone(ctx.db, stagingId, ctx.config.importChunkRows, pause);
  }
  return failed;
}

export interface RunOptions {
  /** Called after each staged chunk with the rows staged so far (tests pause an import here). */
  afterChunk?: (staged: number) => Promise<void>;
}

/**
 * Runs an import in chunks that each hold the writer briefly (ZONEHUB_IMPORT_CHUNK_ROWS rows), with
 * requests served in between, yet all-or-nothing to readers: new enterprises are staged in a zone no
 * one can see, then one short transaction updates the known ones, switches the staged ones in and
 * audits everything. A failure, a conflict or a stopped process leaves nothing visible; the staged
 * rows are removed (at once, or at the next start-up).
 */
export async function runImport(ctx: AppContext, caller: Caller, id: string, options: RunOptions = {}): Promise<void> {
  const job = await repo.findJob(ctx.db, caller.scope.zoneId, id);
  if (!job) return;
  const records = parseRecords(job.records);
  const rows = records.rows;
  const zoneId = caller.scope.zoneId;
  const stagingId = stagingZoneOf(id);
  const chunkRows = ctx.config.importChunkRows;
  try {
    // The registry may have changed since the preview: judge each code again (and again on reveal).
    const existing = await repo.enterprisesByUscc(
      ctx.db,
      zoneId,
      rows.map((r) => r.uscc),
    );
    if (job.mode === 'create' && rows.some((r) => existing.has(r.uscc))) {
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
      await finishInvalid(ctx, id, conflicts);
      return;
    }
    const fresh = rows.filter((r) => !existing.has(r.uscc));
    const plan: CommitPlan = {
      zoneId,
      stagingId,
      columns: new Set(records.columns),
      rows,
      ids: new Map(fresh.map((r) => [r.uscc, randomUUID()])),
      now: ctx.clock.now().toISOString(),
    };
    await openStagingZone(ctx.db, stagingId, plan.now);
    for (let i = 0; i < fresh.length; i += chunkRows) {
      const chunk = fresh.slice(i, i + chunkRows);
      await ctx.db.transaction().execute((trx) => stageChunk(trx, plan, chunk));
      await reportProgress(ctx, id, i + chunk.length);
      await pause();
      await options.afterChunk?.(i + chunk.length);
    }
    const outcome = await ctx.db.transaction().execute((trx) => reveal(ctx, trx, caller, plan));
    if (outcome.conflicts.length > 0) {
      await discardStagingZone(ctx.db, stagingId, chunkRows, pause);
      await finishInvalid(ctx, id, outcome.conflicts);
      return;
    }
    await repo.updateJob(ctx.db, id, {
      status: 'done',
      processedRows: rows.length,
      createdCount: outcome.created,
      updatedCount: outcome.updated,
      records: JSON.stringify({ columns: records.columns, rows: [] }),
      finishedAt: ctx.clock.now().toISOString(),
    });
  } catch (error) {
    await discardStagingZone(ctx.db, stagingId, chunkRows, pause).catch(() => {
      // Left for the next start-up (failAbandonedImports); the staging zone keeps the rows out of sight.
    });
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

async function finishInvalid(ctx: AppContext, id: string, conflicts: SheetProblem[]): Promise<void> {
  const finishedAt = ctx.clock.now().toISOString();
  await repo.updateJob(ctx.db, id, { status: 'invalid', problems: JSON.stringify(conflicts), finishedAt });
}
