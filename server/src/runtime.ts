import pino, { type Logger } from 'pino';
import { type Config, ConfigError } from './config/config.js';
import { type DatabaseHandle, openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { type DemoAccount, seedDemo } from './demo/seed.js';
import { auditKeyMatches } from './features/audit/audit.service.js';
import { failAbandonedImports } from './features/enterprise-import/import-commit.service.js';
import { buildApp } from './http/app.js';
import { type AppContext, systemClock } from './http/context.js';
import { startWorker } from './worker/jobs.js';

export interface Running {
  url: string | null;
  /** The process's context (benchmarks run a job in it, as the worker role would). */
  ctx: AppContext;
  demoAccounts: DemoAccount[];
  stop(): Promise<void>;
}

/**
 * Starts the process roles the config names, on one database: migrate, seed the demo when asked
 * and the database is empty, then serve (web), schedule (worker); `ingest` has no listeners yet.
 */
export async function startZoneHub(config: Config, log: Logger = pino({ level: config.logLevel })): Promise<Running> {
  const handle: DatabaseHandle = openDatabase(config.database);
  const applied = await migrateToLatest(handle.db);
  if (applied.length > 0) log.info({ migrations: applied.length }, 'database migrated');
  if (!(await auditKeyMatches(handle.db, config.auditKey))) {
    await handle.destroy();
    throw new ConfigError(
      'ZONEHUB_AUDIT_KEY',
      'is not the key this database’s audit log is written with; give every process the same key (or restore $ZONEHUB_DATA_DIR/audit-key)',
    );
  }
  const ctx: AppContext = { db: handle.db, readDb: handle.readDb, dialect: handle.dialect, config, clock: systemClock };
  const demoAccounts = config.demo ? await seedDemo(handle.db, systemClock.now()) : [];
  const abandoned = await failAbandonedImports(ctx);
  if (abandoned > 0) log.warn({ importJobs: abandoned }, 'imports left running by a stopped process marked failed');

  const stops: (() => Promise<void> | void)[] = [];
  let url: string | null = null;
  if (config.roles.includes('web')) {
    const app = await buildApp(ctx, log);
    url = await app.listen({ port: config.port, host: config.host });
    stops.push(() => app.close());
  }
  if (config.roles.includes('worker')) {
    const worker = startWorker(ctx, log);
    stops.push(() => worker.stop());
  }
  stops.push(() => handle.destroy());
  return {
    url,
    ctx,
    demoAccounts,
    stop: async () => {
      for (const stop of stops) await stop();
    },
  };
}
