import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** Command-line options shared by cold-start.ts, list-route.ts and run.ts; each uses what it needs. */
export interface BenchOptions {
  /** Cold starts per database. */
  runs: number;
  /** Seconds of measured load per route. */
  durationSeconds: number;
  /** Concurrent autocannon connections. */
  connections: number;
  /** Skip PostgreSQL even when it is reachable. */
  sqliteOnly: boolean;
  /** Signed-in users of each role in the mixed-role load. */
  usersPerRole: number;
}

export const BENCH_USAGE = `options:
  --runs N         cold starts per database (default 3)
  --duration S     seconds of load per route (default 10)
  --connections C  concurrent connections (default 50)
  --sqlite-only    skip PostgreSQL even when it is reachable
  --users-per-role U  signed-in users of each role in the mixed-role load (default 25)`;

function positiveInteger(raw: string, option: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${option} must be a whole number ≥ 1, got "${raw}"`);
  return value;
}

export function parseBenchOptions(argv: readonly string[] = process.argv.slice(2)): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: 'string', default: '3' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      'sqlite-only': { type: 'boolean', default: false },
      'users-per-role': { type: 'string', default: '25' },
    },
    strict: true,
  });
  return {
    runs: positiveInteger(values.runs, 'runs'),
    durationSeconds: positiveInteger(values.duration, 'duration'),
    connections: positiveInteger(values.connections, 'connections'),
    sqliteOnly: values['sqlite-only'],
    usersPerRole: positiveInteger(values['users-per-role'], 'users-per-role'),
  };
}

/** The options from argv, or the usage and exit code 2 when they do not parse. */
export function benchOptionsOrExit(): BenchOptions {
  try {
    return parseBenchOptions();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(BENCH_USAGE);
    process.exit(2);
  }
}

/** True in the module that node was started with, so each benchmark also runs on its own. */
export function isEntryPoint(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && moduleUrl === pathToFileURL(entry).href;
}
