/**
 * Many signed-in users of every role at once, each opening the lists its own menu shows, with the
 * public health route polled alongside: the load a zone's staff put on the server on a busy morning.
 * Each user loops over its role's requests with no pause (one request in flight per user), so the
 * server is saturated and the figures say how long a request waits behind the others.
 *   node --import tsx bench/mixed-load.ts [--users-per-role 25] [--duration 10] [--sqlite-only]
 */
import type { Role } from '@zonehub/access';
import { type BenchOptions, benchOptionsOrExit, isEntryPoint } from './bench-options.js';
import { busyMachineNote, processCpuMs } from './machine.js';
import { requestsForRole, routeOf } from './mixed-load-routes.js';
import {
  formatRouteTable,
  formatWorstTable,
  type LatencySummary,
  type RouteSummary,
  type Sample,
  summarize,
  summarizeByRoute,
  worstRequests,
} from './mixed-load-stats.js';
import { type BenchUser, createBenchUsers } from './mixed-load-users.js';
import { createTemporaryDatabase, type PostgresProbe, probePostgres } from './postgres-database.js';
import { formatTable } from './report-table.js';
import { type BenchDatabase, type DatabaseKind, startServer } from './server-process.js';

const API = '/api/v1';
const HEALTH_ROUTE = '/health';
/** Health is asked one request at a time with this pause between, as a load balancer's probe would. */
const HEALTH_INTERVAL_MS = 50;
/** Lets the JIT, statement caches and pool settle; its requests are not counted. */
const WARM_UP_SECONDS = 2;
/** A request that takes longer than this counts as an error (status 0) rather than holding the run. */
const REQUEST_TIMEOUT_MS = 60_000;
const WORST_SHOWN = 10;
/** Each role's requests are first asked alone this many times, to see what each costs without a queue. */
const SOLO_ROUNDS = 3;

export interface SoloCost {
  route: string;
  role: Role | 'anonymous';
  medianMs: number;
}

export interface MixedLoadResult {
  database: DatabaseKind;
  users: number;
  all: LatencySummary;
  health: LatencySummary;
  routes: RouteSummary[];
  worst: Sample[];
  /** performance.now() when the measured window began (the worst requests' "sent at" counts from it). */
  windowStart: number;
  /** Each route × role asked alone (median of a few), most expensive first. */
  solo: SoloCost[];
  /**
   * The server process's CPU time in the measured window ÷ requests answered (health included): what a
   * request costs whatever else the machine is doing. PostgreSQL's own processes are not counted.
   */
  serverCpuMsPerRequest: number | null;
}

export interface MixedLoadBench {
  usersPerRole: number;
  durationSeconds: number;
  results: MixedLoadResult[];
  postgresSkippedBecause: string | null;
}

async function timedGet(
  baseUrl: string,
  path: string,
  role: Role | 'anonymous',
  cookie: string | null,
): Promise<Sample> {
  const started = performance.now();
  let status = 0;
  try {
    const response = await fetch(`${baseUrl}${API}${path}`, {
      headers: cookie === null ? {} : { cookie },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    status = response.status;
  } catch {
    status = 0;
  }
  return { route: routeOf(path), role, ms: performance.now() - started, sentAt: started, status };
}

/**
 * Every request a role makes must answer 200 before it is measured: 403s or 404s would measure
 * nothing. Asked one at a time, `rounds` times each, the answers also give each request's cost alone.
 */
async function soloRequests(baseUrl: string, users: readonly BenchUser[], rounds: number): Promise<Sample[]> {
  const failures: string[] = [];
  const samples: Sample[] = [];
  const seen = new Set<Role>();
  for (const user of users) {
    if (seen.has(user.role)) continue;
    seen.add(user.role);
    for (const path of requestsForRole(user.role)) {
      for (let round = 0; round < rounds; round++) {
        const sample = await timedGet(baseUrl, path, user.role, user.cookie);
        if (sample.status !== 200) failures.push(`${user.role}: GET ${path} answered ${sample.status}`);
        samples.push(sample);
      }
    }
  }
  if (failures.length > 0) throw new Error(`requests the load would make fail:\n  ${failures.join('\n  ')}`);
  return samples;
}

/** The median of a role's solo requests to one route; the slowest roles first. */
function soloCosts(samples: readonly Sample[]): SoloCost[] {
  const byKey = new Map<string, Sample[]>();
  for (const sample of samples) {
    const key = `${sample.route} ${sample.role}`;
    byKey.set(key, [...(byKey.get(key) ?? []), sample]);
  }
  return [...byKey.values()]
    .map((list) => ({
      route: list[0]?.route ?? '',
      role: list[0]?.role ?? 'anonymous',
      medianMs: summarize(list, 1).p50Ms,
    }))
    .sort((a, b) => b.medianMs - a.medianMs);
}

/** Until `until`: each user sends its role's requests in a loop; health is polled beside them. */
async function runLoad(baseUrl: string, users: readonly BenchUser[], until: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const userLoop = async (user: BenchUser, offset: number) => {
    const paths = requestsForRole(user.role);
    // Users of one role start at different pages, as people would, rather than all on the same list.
    for (let i = offset; performance.now() < until; i++) {
      samples.push(await timedGet(baseUrl, paths[i % paths.length] ?? HEALTH_ROUTE, user.role, user.cookie));
    }
  };
  const healthLoop = async () => {
    while (performance.now() < until) {
      samples.push(await timedGet(baseUrl, HEALTH_ROUTE, 'anonymous', null));
      await new Promise((resolve) => setTimeout(resolve, HEALTH_INTERVAL_MS));
    }
  };
  await Promise.all([healthLoop(), ...users.map((user, index) => userLoop(user, index))]);
  return samples;
}

async function benchOneDatabase(
  database: BenchDatabase,
  options: Pick<BenchOptions, 'durationSeconds' | 'usersPerRole'>,
  log: (line: string) => void,
): Promise<MixedLoadResult> {
  const server = await startServer(database);
  try {
    const users = await createBenchUsers(server.baseUrl, options.usersPerRole, log);
    const solo = soloCosts(await soloRequests(server.baseUrl, users, SOLO_ROUNDS));
    await runLoad(server.baseUrl, users, performance.now() + WARM_UP_SECONDS * 1000);
    const cpuBefore = processCpuMs(server.pid);
    const windowStart = performance.now();
    const samples = await runLoad(server.baseUrl, users, windowStart + options.durationSeconds * 1000);
    const cpuAfter = processCpuMs(server.pid);
    const health = summarize(
      samples.filter((sample) => sample.route === HEALTH_ROUTE),
      options.durationSeconds,
    );
    const lists = samples.filter((sample) => sample.route !== HEALTH_ROUTE);
    const all = summarize(lists, options.durationSeconds);
    const serverCpuMsPerRequest =
      cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / Math.max(1, samples.length);
    log(
      `  ${database.kind}: ${all.requestsPerSecond.toFixed(0)} req/s, p50 ${Math.round(all.p50Ms)} ms, ` +
        `p99 ${Math.round(all.p99Ms)} ms, max ${Math.round(all.maxMs)} ms, ${all.errors} errors; ` +
        `health p99 ${Math.round(health.p99Ms)} ms, max ${Math.round(health.maxMs)} ms; ` +
        `server CPU ${serverCpuMsPerRequest === null ? '–' : serverCpuMsPerRequest.toFixed(2)} ms per request`,
    );
    return {
      database: database.kind,
      users: users.length,
      all,
      health,
      routes: summarizeByRoute(lists, options.durationSeconds),
      worst: worstRequests(lists, WORST_SHOWN),
      windowStart,
      solo,
      serverCpuMsPerRequest,
    };
  } finally {
    await server.stop();
  }
}

function formatSoloTable(costs: readonly SoloCost[]): string {
  return formatTable(
    ['most expensive alone (median)', 'role', 'ms'],
    costs.map((cost) => [`GET ${cost.route}`, cost.role, `${Math.round(cost.medianMs)} ms`]),
    2,
  );
}

const DATABASE_LABEL: Record<DatabaseKind, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

export function formatMixedLoad(bench: MixedLoadBench): string {
  return bench.results
    .map(
      (result) =>
        `${DATABASE_LABEL[result.database]}: ${result.users} users, ${bench.durationSeconds} s, server CPU ` +
        `${result.serverCpuMsPerRequest === null ? '–' : result.serverCpuMsPerRequest.toFixed(2)} ms per request\n` +
        `${formatRouteTable(result.routes, result.all, result.health)}\n\n${formatWorstTable(result.worst, result.windowStart)}\n\n` +
        formatSoloTable(result.solo.slice(0, WORST_SHOWN)),
    )
    .join('\n\n');
}

export async function benchMixedLoad(
  options: Pick<BenchOptions, 'durationSeconds' | 'usersPerRole' | 'sqliteOnly'>,
  log: (line: string) => void = console.log,
): Promise<MixedLoadBench> {
  const probe: PostgresProbe = options.sqliteOnly
    ? { reachable: false, reason: '--sqlite-only' }
    : await probePostgres();
  const postgresSkippedBecause = probe.reachable ? null : probe.reason;
  log(
    `Mixed-role load: ${options.usersPerRole} users per role, each opening its menu's lists in a loop, ` +
      `${options.durationSeconds} s after ${WARM_UP_SECONDS} s of warm-up, health polled every ${HEALTH_INTERVAL_MS} ms`,
  );
  if (postgresSkippedBecause !== null) log(`  PostgreSQL skipped: ${postgresSkippedBecause}`);
  const busyNote = busyMachineNote();
  if (busyNote !== null) log(busyNote);

  const results = [await benchOneDatabase({ kind: 'sqlite' }, options, log)];
  if (probe.reachable) {
    const postgresDatabase = await createTemporaryDatabase();
    try {
      results.push(await benchOneDatabase({ kind: 'postgres', url: postgresDatabase.url }, options, log));
    } finally {
      await postgresDatabase.drop();
    }
  }
  return {
    usersPerRole: options.usersPerRole,
    durationSeconds: options.durationSeconds,
    results,
    postgresSkippedBecause,
  };
}

if (isEntryPoint(import.meta.url)) {
  const bench = await benchMixedLoad(benchOptionsOrExit());
  console.log(`\n${formatMixedLoad(bench)}`);
}
