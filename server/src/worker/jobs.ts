import { Cron } from 'croner';
import type { Logger } from 'pino';
import { idleCutoff } from '../features/auth/auth.service.js';
import { deleteSpentCounters } from '../features/auth/lockout.repository.js';
import { deleteStaleSessions } from '../features/auth/session.repository.js';
import { sendProjectAlerts } from '../features/notifications/project-alerts.service.js';
import { recomputeEveryZone } from '../features/projects/rag.service.js';
import type { AppContext } from '../http/context.js';

/** Removes expired and idle sessions (by the same idle rule as the session check) and spent sign-in counters. */
export async function purgeSessions(ctx: AppContext): Promise<{ sessions: number; counters: number }> {
  const now = ctx.clock.now();
  const sessions = await deleteStaleSessions(ctx.db, now.toISOString(), idleCutoff(now, ctx.config.sessionIdleMinutes));
  const counters = await deleteSpentCounters(ctx.db, now);
  return { sessions, counters };
}

/** The `worker` process role: scheduled jobs. Later modules add theirs here. */
export function startWorker(ctx: AppContext, log: Logger): { stop(): void } {
  const jobs = [
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
    stop: () => {
      for (const job of jobs) job.stop();
    },
  };
}
