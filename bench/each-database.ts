import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config, DatabaseConfig } from '../server/src/config/config.js';
import { busyMachineNote } from './machine.js';
import { createTemporaryDatabase, probePostgres } from './postgres-database.js';

/**
 * Runs one in-process benchmark on a SQLite file in a temporary folder, then (unless told not to, or
 * when none answers) on a temporary PostgreSQL database, cleaning both up; returns the results in
 * that order. `run` gets the database and a scratch folder of its own.
 */
export async function onEachDatabase<R>(
  name: string,
  sqliteOnly: boolean,
  run: (kind: 'sqlite' | 'postgres', database: DatabaseConfig, dir: string) => Promise<R>,
): Promise<R[]> {
  const note = busyMachineNote();
  if (note) console.log(note);
  const results: R[] = [];
  const dir = mkdtempSync(join(tmpdir(), `zonehub-${name}-bench-`));
  try {
    results.push(await run('sqlite', { kind: 'sqlite', file: join(dir, 'bench.db') }, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (sqliteOnly) return results;
  const probe = await probePostgres();
  if (!probe.reachable) {
    console.log(`PostgreSQL skipped: ${probe.reason}`);
    return results;
  }
  const temp = await createTemporaryDatabase();
  const pgDir = mkdtempSync(join(tmpdir(), `zonehub-${name}-bench-`));
  try {
    results.push(await run('postgres', { kind: 'postgres', url: temp.url }, pgDir));
  } finally {
    await temp.drop();
    rmSync(pgDir, { recursive: true, force: true });
  }
  return results;
}

/** The app's configuration for a benchmark: the web role only, demo data, quiet logs, no web build. */
export function benchConfig(database: DatabaseConfig, dataDir: string): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    database,
    sessionSecret: randomBytes(32).toString('hex'),
    auditKey: randomBytes(32).toString('hex'),
    demo: true,
    roles: ['web'],
    sessionIdleMinutes: 30,
    sessionMaxHours: 12,
    logLevel: 'warn',
    webDist: null,
    trustProxy: false,
    importChunkRows: 200,
    importMaxRows: 50_000,
  };
}
