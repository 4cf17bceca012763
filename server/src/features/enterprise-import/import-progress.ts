import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AppContext } from '../../http/context.js';
import * as repo from './import-job.repository.js';

/**
 * Where a running commit publishes how many rows it has written.
 * - PostgreSQL: on the job row, through the pool, outside the import's transaction, so every process
 *   sees it (the roles may run in several processes).
 * - SQLite (one process, embedded): the import's transaction holds the only writer, and what it
 *   writes is invisible to other connections until it commits; so the count lives in this map, which
 *   the job view reads beside the row (through the read connection). Job ids are random UUIDs.
 */
const running = new Map<string, number>();

export async function reportProgress(ctx: AppContext, id: string, processedRows: number): Promise<void> {
  if (ctx.dialect === 'postgres') {
    await repo.updateJob(ctx.db, id, { processedRows });
    return;
  }
  running.set(id, processedRows);
  // better-sqlite3 answers synchronously, so the import never leaves the microtask queue by itself:
  // yield a turn of the event loop so waiting requests (the progress poll among them) are served.
  await nextTurn();
}

/** Rows written so far by a commit running in this process (SQLite), if any. */
export function progressOf(id: string): number | undefined {
  return running.get(id);
}

export function forgetProgress(id: string): void {
  running.delete(id);
}
