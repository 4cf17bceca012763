/**
 * Cold start: spawn `zonehub start` on an empty data dir (SQLite) or an empty database (PostgreSQL),
 * so the figure includes loading the code, all migrations and the demo seed, and stop at the first
 * 200 from /api/v1/health. `node --import tsx -e ""` is timed in the same runs as the floor the
 * runtime alone sets.   node --import tsx bench/cold-start.ts [--runs 3] [--sqlite-only]
 */
import { type BenchOptions, benchOptionsOrExit, isEntryPoint } from './bench-options.js';
import { busyMachineNote } from './machine.js';
import { createTemporaryDatabase, type PostgresProbe, probePostgres } from './postgres-database.js';
import { formatMs, formatRatio, formatTable, median, ratioOf } from './report-table.js';
import { type BenchDatabase, type DatabaseKind, measureRuntimeBaselineMs, startServer } from './server-process.js';

/** The aim for a cold start, spawn to first 200. */
export const COLD_START_AIM_MS = 5_000;

export interface ServerColdStart {
  spawnToHealthyMs: number;
  selfReportedReadyMs: number | null;
}

export interface ColdStartRun {
  run: number;
  runtimeBaselineMs: number;
  sqlite: ServerColdStart;
  postgres: ServerColdStart | null;
}

export interface ColdStartMedians {
  database: DatabaseKind;
  spawnToHealthyMs: number | null;
  selfReportedReadyMs: number | null;
  /** Spawn to first 200 minus the server's own figure: mostly starting node and loading modules. */
  beforeReadyMs: number | null;
  ratioToRuntimeBaseline: number | null;
  withinAim: boolean;
}

export interface ColdStartResult {
  runs: ColdStartRun[];
  medianRuntimeBaselineMs: number | null;
  medians: ColdStartMedians[];
  postgresSkippedBecause: string | null;
}

async function coldStartOnce(database: BenchDatabase): Promise<ServerColdStart> {
  const server = await startServer(database);
  await server.stop();
  return { spawnToHealthyMs: server.spawnToHealthyMs, selfReportedReadyMs: server.selfReportedReadyMs };
}

function describeStart(label: string, start: ServerColdStart): string {
  return `${label} ${formatMs(start.spawnToHealthyMs)} to first 200 (server: ready in ${formatMs(start.selfReportedReadyMs)})`;
}

function mediansFor(
  database: DatabaseKind,
  starts: readonly ServerColdStart[],
  medianRuntimeBaselineMs: number | null,
): ColdStartMedians {
  const spawnToHealthyMs = median(starts.map((start) => start.spawnToHealthyMs));
  const reported = starts.flatMap((start) => (start.selfReportedReadyMs === null ? [] : [start]));
  return {
    database,
    spawnToHealthyMs,
    selfReportedReadyMs: median(reported.map((start) => start.selfReportedReadyMs ?? 0)),
    beforeReadyMs: median(reported.map((start) => start.spawnToHealthyMs - (start.selfReportedReadyMs ?? 0))),
    ratioToRuntimeBaseline: ratioOf(spawnToHealthyMs, medianRuntimeBaselineMs),
    withinAim: spawnToHealthyMs !== null && spawnToHealthyMs < COLD_START_AIM_MS,
  };
}

const DATABASE_LABEL: Record<DatabaseKind, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

export function formatColdStartMedians(result: ColdStartResult): string {
  const baselineRow = [
    'runtime baseline (node --import tsx -e "")',
    formatMs(result.medianRuntimeBaselineMs),
    '–',
    '–',
    formatRatio(1),
    '',
  ];
  const rows = result.medians.map((medians) => [
    `${DATABASE_LABEL[medians.database]}, empty database`,
    formatMs(medians.spawnToHealthyMs),
    formatMs(medians.selfReportedReadyMs),
    formatMs(medians.beforeReadyMs),
    formatRatio(medians.ratioToRuntimeBaseline),
    medians.withinAim ? 'yes' : 'NO',
  ]);
  const header = [
    `cold start, median of ${result.runs.length}`,
    'spawn→200',
    'server ready in',
    'load (rest)',
    '× baseline',
    `< ${COLD_START_AIM_MS / 1000} s`,
  ];
  return formatTable(header, [baselineRow, ...rows]);
}

export async function benchColdStart(
  options: Pick<BenchOptions, 'runs' | 'sqliteOnly'>,
  log: (line: string) => void = console.log,
): Promise<ColdStartResult> {
  const probe: PostgresProbe = options.sqliteOnly
    ? { reachable: false, reason: '--sqlite-only' }
    : await probePostgres();
  const postgresSkippedBecause = probe.reachable ? null : probe.reason;
  log(`Cold start, ${options.runs} run(s), each on an empty data dir / database`);
  if (postgresSkippedBecause !== null) log(`  PostgreSQL skipped: ${postgresSkippedBecause}`);
  const busyNote = busyMachineNote();
  if (busyNote !== null) log(busyNote);

  const postgresDatabase = probe.reachable ? await createTemporaryDatabase() : null;
  const runs: ColdStartRun[] = [];
  try {
    for (let run = 1; run <= options.runs; run++) {
      // Interleaved rather than grouped, so drift in the machine's load affects every figure alike.
      const runtimeBaselineMs = await measureRuntimeBaselineMs();
      const sqlite = await coldStartOnce({ kind: 'sqlite' });
      let postgres: ServerColdStart | null = null;
      if (postgresDatabase !== null) {
        if (run > 1) await postgresDatabase.recreate();
        postgres = await coldStartOnce({ kind: 'postgres', url: postgresDatabase.url });
      }
      runs.push({ run, runtimeBaselineMs, sqlite, postgres });
      const parts = [`baseline ${formatMs(runtimeBaselineMs)}`, describeStart('SQLite', sqlite)];
      if (postgres !== null) parts.push(describeStart('PostgreSQL', postgres));
      log(`  run ${run}/${options.runs}: ${parts.join(' | ')}`);
    }
  } finally {
    await postgresDatabase?.drop();
  }

  const medianRuntimeBaselineMs = median(runs.map((run) => run.runtimeBaselineMs));
  const medians = [
    mediansFor(
      'sqlite',
      runs.map((run) => run.sqlite),
      medianRuntimeBaselineMs,
    ),
  ];
  const postgresStarts = runs.flatMap((run) => (run.postgres === null ? [] : [run.postgres]));
  if (postgresStarts.length > 0) medians.push(mediansFor('postgres', postgresStarts, medianRuntimeBaselineMs));
  return { runs, medianRuntimeBaselineMs, medians, postgresSkippedBecause };
}

if (isEntryPoint(import.meta.url)) {
  const result = await benchColdStart(benchOptionsOrExit());
  console.log(`\n${formatColdStartMedians(result)}`);
}
