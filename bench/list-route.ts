/**
 * An authenticated, data-scoped list route under load, beside the public health route in the same
 * server, so the cost of session lookup, authorization and the scoped query shows as a ratio that
 * says more than either req/s figure does on its own machine.
 *   node --import tsx bench/list-route.ts [--duration 10] [--connections 50] [--sqlite-only]
 */
import autocannon from 'autocannon';
import { type BenchOptions, benchOptionsOrExit, isEntryPoint } from './bench-options.js';
import { busyMachineNote } from './machine.js';
import { createTemporaryDatabase, type PostgresProbe, probePostgres } from './postgres-database.js';
import { formatCount, formatRatio, formatTable, ratioOf } from './report-table.js';
import { type BenchDatabase, type DatabaseKind, startServer } from './server-process.js';

export const HEALTH_PATH = '/api/v1/health';
export const LIST_PATH = '/api/v1/enterprises?page=1&pageSize=20';
/** `leader` sees the whole zone, so the list is a full page rather than one enterprise's own row. */
const BENCH_USERNAME = 'leader';
/** The demo seed's shared password (server/src/demo/seed.ts); a wrong one would lock the login. */
const DEMO_PASSWORD = 'Demo@2026';
const SESSION_COOKIE = 'zonehub_session';
/** Enough for the JIT, the statement caches and the connection pool to settle before measuring. */
const WARM_UP_SECONDS = 1;

export interface RouteLoad {
  path: string;
  requestsPerSecondMean: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  totalRequests: number;
  non2xx: number;
  /** Connection errors, timeouts included. */
  errors: number;
}

export interface ListRouteResult {
  database: DatabaseKind;
  /** How many enterprises the list route reports in `total` for the benchmark user. */
  listTotal: number;
  health: RouteLoad;
  list: RouteLoad;
  /** list req/s ÷ health req/s: the share of the bare server's throughput left after auth and scoping. */
  listToHealthRatio: number | null;
}

export interface ListRouteBench {
  durationSeconds: number;
  connections: number;
  results: ListRouteResult[];
  postgresSkippedBecause: string | null;
}

async function loginCookie(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: BENCH_USERNAME, password: DEMO_PASSWORD }),
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`login as ${BENCH_USERNAME} answered ${response.status}: ${body}`);
  const pair = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0] ?? '')
    .find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  if (pair === undefined) throw new Error(`login as ${BENCH_USERNAME} set no ${SESSION_COOKIE} cookie`);
  return pair;
}

/** A benchmark of 401s or of an empty page would measure the wrong thing, so check one answer first. */
async function listTotalOrThrow(baseUrl: string, cookie: string): Promise<number> {
  const response = await fetch(`${baseUrl}${LIST_PATH}`, { headers: { cookie } });
  const body: unknown = await response.json();
  const total = typeof body === 'object' && body !== null && 'total' in body ? body.total : undefined;
  if (response.status !== 200 || typeof total !== 'number' || total === 0) {
    throw new Error(`GET ${LIST_PATH} answered ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  }
  return total;
}

async function load(
  baseUrl: string,
  path: string,
  cookie: string | null,
  seconds: number,
  connections: number,
): Promise<RouteLoad> {
  const result = await autocannon({
    url: `${baseUrl}${path}`,
    connections,
    duration: seconds,
    headers: cookie === null ? {} : { cookie },
  });
  return {
    path,
    requestsPerSecondMean: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    totalRequests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function benchOneDatabase(
  database: BenchDatabase,
  options: Pick<BenchOptions, 'durationSeconds' | 'connections'>,
  log: (line: string) => void,
): Promise<ListRouteResult> {
  const server = await startServer(database);
  try {
    const cookie = await loginCookie(server.baseUrl);
    const listTotal = await listTotalOrThrow(server.baseUrl, cookie);
    await load(server.baseUrl, HEALTH_PATH, null, WARM_UP_SECONDS, options.connections);
    await load(server.baseUrl, LIST_PATH, cookie, WARM_UP_SECONDS, options.connections);
    // One route at a time: run together they would share the two cores and each figure would hide the other.
    // Health goes without the cookie, so it is the bare server: routing, serialization, no session.
    const health = await load(server.baseUrl, HEALTH_PATH, null, options.durationSeconds, options.connections);
    log(`  ${database.kind}: ${describeLoad(health)}`);
    const list = await load(server.baseUrl, LIST_PATH, cookie, options.durationSeconds, options.connections);
    log(`  ${database.kind}: ${describeLoad(list)}`);
    const listToHealthRatio = ratioOf(list.requestsPerSecondMean, health.requestsPerSecondMean);
    return { database: database.kind, listTotal, health, list, listToHealthRatio };
  } finally {
    await server.stop();
  }
}

function describeLoad(routeLoad: RouteLoad): string {
  return (
    `GET ${routeLoad.path}  ${formatCount(routeLoad.requestsPerSecondMean)} req/s, ` +
    `p50 ${routeLoad.latencyP50Ms} ms, p99 ${routeLoad.latencyP99Ms} ms, ` +
    `${routeLoad.non2xx} non-2xx, ${routeLoad.errors} errors`
  );
}

const DATABASE_LABEL: Record<DatabaseKind, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

export function formatListRouteTable(bench: ListRouteBench): string {
  const rows = bench.results.flatMap((result) =>
    [result.health, result.list].map((routeLoad) => [
      DATABASE_LABEL[result.database],
      `GET ${routeLoad.path}`,
      formatCount(routeLoad.requestsPerSecondMean),
      `${routeLoad.latencyP50Ms} ms`,
      `${routeLoad.latencyP99Ms} ms`,
      formatCount(routeLoad.non2xx),
      formatCount(routeLoad.errors),
      routeLoad === result.list ? formatRatio(result.listToHealthRatio) : '',
    ]),
  );
  const header = [
    'database',
    `route (${bench.connections} connections, ${bench.durationSeconds} s each)`,
    'req/s (mean)',
    'p50',
    'p99',
    'non-2xx',
    'errors',
    'list/health',
  ];
  return formatTable(header, rows, 2);
}

export async function benchListRoute(
  options: Pick<BenchOptions, 'durationSeconds' | 'connections' | 'sqliteOnly'>,
  log: (line: string) => void = console.log,
): Promise<ListRouteBench> {
  const probe: PostgresProbe = options.sqliteOnly
    ? { reachable: false, reason: '--sqlite-only' }
    : await probePostgres();
  const postgresSkippedBecause = probe.reachable ? null : probe.reason;
  log(
    `List route vs health: ${options.connections} connections, ${options.durationSeconds} s per route ` +
      `after ${WARM_UP_SECONDS} s of warm-up, logged in as ${BENCH_USERNAME}`,
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
    durationSeconds: options.durationSeconds,
    connections: options.connections,
    results,
    postgresSkippedBecause,
  };
}

if (isEntryPoint(import.meta.url)) {
  const bench = await benchListRoute(benchOptionsOrExit());
  console.log(`\n${formatListRouteTable(bench)}`);
}
