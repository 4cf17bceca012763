import { setImmediate as nextTurn } from 'node:timers/promises';
import { Cron } from 'croner';
import type { Logger } from 'pino';
import { writeAuditCheckpoint } from '../features/audit/audit-checkpoint.service.js';
import { checkpointsFileOf } from '../features/audit/checkpoint-file.js';
import { idleCutoff } from '../features/auth/auth.service.js';
import { deleteSpentCounters } from '../features/auth/lockout.repository.js';
import { deleteStaleSessions } from '../features/auth/session.repository.js';
import { sendProjectAlerts } from '../features/notifications/project-alerts.service.js';
import { recomputeEveryZone } from '../features/projects/rag.service.js';
import type { AppContext } from '../http/context.js';

/** Rows the session purge deletes per statement when not told otherwise. */
export const PURGE_CHUNK_ROWS = 500;

/** Runs `step` (which deletes at most `limit` rows) until it deletes fewer, with a turn after each. */
async function inChunks(limit: number, step: (limit: number) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await step(limit);
    total += deleted;
    if (deleted < limit) return total;
    await nextTurn();
  }
}

/**
 * Removes expired and idle sessions (by the same idle rule as the session check) and spent sign-in
 * counters, `chunkRows` at a time with an event-loop turn between, so a backlog (after a day the
 * worker was down) never holds the writer long.
 */
export async function purgeSessions(
  ctx: AppContext,
  options: { chunkRows?: number } = {},
): Promise<{ sessions: number; counters: number }> {
  const now = ctx.clock.now();
  const limit = options.chunkRows ?? PURGE_CHUNK_ROWS;
  const idleSince = idleCutoff(now, ctx.config.sessionIdleMinutes);
  const sessions = await inChunks(limit, (n) => deleteStaleSessions(ctx.db, now.toISOString(), idleSince, n));
  const counters = await inChunks(limit, (n) => deleteSpentCounters(ctx.db, now, n));
  return { sessions, counters };
}

/**
 * Signs the audit chain's head into `$ZONEHUB_DATA_DIR/audit-checkpoints.jsonl` and logs the same
 * checkpoint (the log is the copy that leaves the machine). Only the worker does this, so several
 * processes never race on the file. Runs are chained: start-up, the schedule and shutdown never
 * overlap.
 */
function auditCheckpoints(ctx: AppContext, log: Logger): () => Promise<void> {
  const file = checkpointsFileOf(ctx.config.dataDir);
  let running: Promise<void> = Promise.resolve();
  const once = async () => {
    try {
      const outcome = await writeAuditCheckpoint(ctx, file);
      if (outcome.kind === 'written')
        log.info({ job: 'audit-checkpoint', auditCheckpoint: outcome.checkpoint }, 'audit checkpoint written');
      else if (outcome.kind === 'refused')
        log.error({ job: 'audit-checkpoint', reason: outcome.reason }, 'audit log does not extend its last checkpoint');
      else log.debug({ job: 'audit-checkpoint', seq: outcome.checkpoint.seq }, 'audit head unchanged');
    } catch (error) {
      log.error({ err: error, job: 'audit-checkpoint' }, 'job failed');
    }
  };
  return () => {
    running = running.then(once);
    return running;
  };
}

/** The `worker` process role: scheduled jobs. Later modules add theirs here. */
export function startWorker(ctx: AppContext, log: Logger): { stop(): Promise<void> } {
  const checkpoint = auditCheckpoints(ctx, log);
  // At start-up: anchors the log right after an upgrade or a restart, before the first schedule.
  const started = checkpoint();
  const jobs = [
    // Every 10 minutes: entries newer than the latest checkpoint are protected by the key alone (a tail
    // deleted with a rewound head is caught only below a checkpoint), so this bounds that window.
    new Cron('*/10 * * * *', { name: 'audit-checkpoint', protect: true }, checkpoint),
    new Cron('*/10 * * * *', { name: 'purge-sessions', protect: true }, async () => {
      try {
        const purged = await purgeSessions(ctx);
        log.debug({ job: 'purge-sessions', ...purged }, 'job done');
      } catch (error) {
        log.error({ err: error, job: 'purge-sessions' }, 'job failed');
      }
    }),
    // A day has passed: every open item's slack shrank, so lights change without any write.
    new Cron('10 0 * * *', { name: 'recompute-project-rag', protect: true, timezone: 'Asia/Shanghai' }, async () => {
      try {
        const changed = await recomputeEveryZone(ctx);
        log.info({ job: 'recompute-project-rag', ...changed }, 'job done');
      } catch (error) {
        log.error({ err: error, job: 'recompute-project-rag' }, 'job failed');
      }
    }),
    // After the lights are recomputed: tell owners of due-soon and overdue items, escalate to leaders.
    new Cron('20 0 * * *', { name: 'project-alerts', protect: true, timezone: 'Asia/Shanghai' }, async () => {
      try {
        const sent = await sendProjectAlerts(ctx.db, ctx.clock.now());
        log.info({ job: 'project-alerts', ...sent }, 'job done');
      } catch (error) {
        log.error({ err: error, job: 'project-alerts' }, 'job failed');
      }
    }),
  ];
  return {
    // At shutdown, after the web role has closed: the last entries this process saw get anchored too.
    stop: async () => {
      for (const job of jobs) job.stop();
      await started;
      await checkpoint();
    },
  };
}
