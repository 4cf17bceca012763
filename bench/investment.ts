import { parseArgs } from 'node:util';
// The server's request types augment fastify's; naming it brings its declarations into this program.
import type {} from 'fastify';
import { sql } from 'kysely';
import pino from 'pino';
import type { DatabaseConfig } from '../server/src/config/config.js';
import { openDatabase } from '../server/src/db/database.js';
import { seededRandom } from '../server/src/demo/demo-enterprise-generator.js';
import { buildZoneSeed, type DemoStaff, insertInvestmentRows } from '../server/src/demo/demo-investment.js';
import { generateDemoLeads } from '../server/src/demo/demo-investment-generated.js';
import { InvestmentRows } from '../server/src/demo/demo-investment-rows.js';
import { CHANGZI } from '../server/src/demo/demo-zones.js';
import { demoId } from '../server/src/demo/seed.js';
import { startZoneHub } from '../server/src/runtime.js';
import { isEntryPoint } from './bench-options.js';
import { benchConfig, onEachDatabase } from './each-database.js';
import { formatCount, formatMs, formatRatio, formatTable, ratioOf } from './report-table.js';

const DEMO_PASSWORD = 'Demo@2026';
/** `leader` sees every task force's leads, so the board and the contest cover the whole zone. */
const BENCH_USERNAME = 'leader';
const WARM_UP_REQUESTS = 10;
/** The aim of the issue for the board and the contest. */
const AIM_P95_MS = 200;

export interface InvestmentCase {
  label: string;
  path: string;
  p50Ms: number;
  p95Ms: number;
  /** p50 ÷ the count's p50 (null for the count itself). */
  ratioP50: number | null;
}

export interface InvestmentBenchResult {
  database: 'sqlite' | 'postgres';
  leads: number;
  activities: number;
  moves: number;
  loadSeconds: number;
  cases: InvestmentCase[];
}

interface Volume {
  leads: number;
  activities: number;
  iterations: number;
}

/** Demo staff of 长子's task forces, by task-force name, as the demo seed made them. */
async function staffOf(db: ReturnType<typeof openDatabase>['db'], zoneId: string) {
  const rows = await db
    .selectFrom('userOrgUnits')
    .innerJoin('orgUnits', 'orgUnits.id', 'userOrgUnits.orgUnitId')
    .innerJoin('users', 'users.id', 'userOrgUnits.userId')
    .select(['orgUnits.name as unit', 'users.id', 'users.displayName'])
    .where('orgUnits.zoneId', '=', zoneId)
    .where('orgUnits.kind', '=', 'taskForce')
    .orderBy('users.username')
    .execute();
  const staff = new Map<string, DemoStaff[]>();
  for (const r of rows) staff.set(r.unit, [...(staff.get(r.unit) ?? []), { id: r.id, name: r.displayName }]);
  return staff;
}

/** Writes the generated leads and activities into the running server's database. */
async function load(database: DatabaseConfig, volume: Volume) {
  const handle = openDatabase(database);
  try {
    const zoneId = demoId('zone', CHANGZI.code);
    const now = new Date();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
    const rows = new InvestmentRows('bench', zoneId, today, now.toISOString());
    const base = await buildZoneSeed(handle.db, CHANGZI, rows, await staffOf(handle.db, zoneId));
    let n = 0;
    const seed = {
      ...base,
      random: seededRandom(10_000),
      // Codes of their own, so they never meet the demo's ZS<year>-<nnnn>.
      nextCode: (year: string) => `ZS${year}-B${String(++n).padStart(5, '0')}`,
    };
    // About ten activities a lead (96,000 for 10,000), then loose ones (trips, meetings) up to the wanted total.
    generateDemoLeads(seed, { leads: volume.leads, looseActivities: 0, ownerOfAllPools: null, followUps: [4, 11] });
    const missing = Math.max(0, volume.activities - rows.activities.length);
    generateDemoLeads(seed, { leads: 0, looseActivities: missing, ownerOfAllPools: null });
    await handle.db.transaction().execute((trx) => insertInvestmentRows(trx, rows));
    // Fresh statistics, as a database that has run a while has them (PRAGMA optimize / autovacuum).
    await sql`analyze`.execute(handle.db);
    return { leads: rows.leads.length, activities: rows.activities.length, moves: rows.moves.length };
  } finally {
    await handle.destroy();
  }
}

async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: BENCH_USERNAME, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('zonehub_session='));
  if (!cookie) throw new Error('login set no session cookie');
  return cookie;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/** Sequential requests: latency of one caller, not throughput; the first answer is checked. */
async function measure(
  baseUrl: string,
  cookie: string,
  path: string,
  iterations: number,
  check: (body: unknown) => void,
) {
  const once = async () => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
    const body: unknown = await response.json();
    if (response.status !== 200)
      throw new Error(`GET ${path} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
    return body;
  };
  check(await once());
  for (let i = 0; i < WARM_UP_REQUESTS; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
}

const field = (body: unknown, name: string): unknown =>
  typeof body === 'object' && body !== null && name in body ? (body as Record<string, unknown>)[name] : undefined;

async function benchOne(kind: 'sqlite' | 'postgres', database: DatabaseConfig, dataDir: string, volume: Volume) {
  const config = benchConfig(database, dataDir);
  const running = await startZoneHub(config, pino({ level: 'warn' }));
  try {
    const started = performance.now();
    const loaded = await load(database, volume);
    const loadSeconds = (performance.now() - started) / 1000;
    const baseUrl = running.url ?? '';
    const cookie = await signIn(baseUrl);
    const year = new Date().getFullYear();
    const paths = {
      count: '/api/v1/investment/leads?pageSize=1',
      board: '/api/v1/investment/leads/board?perPool=20',
      contest: `/api/v1/investment/contest?period=${year}`,
      duplicates: `/api/v1/investment/leads/duplicates?investorName=${encodeURIComponent('深圳市华强新能源科技有限公司')}`,
    };
    const count = await measure(baseUrl, cookie, paths.count, volume.iterations, (body) => {
      const total = field(body, 'total');
      if (typeof total !== 'number' || total < loaded.leads) throw new Error(`the lead count is ${String(total)}`);
    });
    const board = await measure(baseUrl, cookie, paths.board, volume.iterations, (body) => {
      const pools = field(body, 'pools');
      if (!Array.isArray(pools) || pools.length !== 5) throw new Error('the board has no five pools');
    });
    const contest = await measure(baseUrl, cookie, paths.contest, volume.iterations, (body) => {
      const rows = field(body, 'taskForces');
      if (!Array.isArray(rows) || rows.length !== CHANGZI.taskForces.length)
        throw new Error('the contest lacks task forces');
    });
    const duplicates = await measure(baseUrl, cookie, paths.duplicates, volume.iterations, (body) => {
      if (!Array.isArray(field(body, 'items'))) throw new Error('the duplicate check has no items');
    });
    const cases: InvestmentCase[] = [
      { label: 'plain count of leads (list, pageSize=1)', path: paths.count, ...count, ratioP50: null },
      {
        label: 'Kanban first page per pool (20 cards × 5)',
        path: paths.board,
        ...board,
        ratioP50: ratioOf(board.p50Ms, count.p50Ms),
      },
      {
        label: `contest for the year ${year}`,
        path: paths.contest,
        ...contest,
        ratioP50: ratioOf(contest.p50Ms, count.p50Ms),
      },
      {
        label: 'duplicate-investor check (as typed in the new-lead form)',
        path: paths.duplicates,
        ...duplicates,
        ratioP50: ratioOf(duplicates.p50Ms, count.p50Ms),
      },
    ];
    return { database: kind, ...loaded, loadSeconds, cases } satisfies InvestmentBenchResult;
  } finally {
    await running.stop();
  }
}

export async function benchInvestment(options: {
  sqliteOnly: boolean;
  leads?: number;
  activities?: number;
  iterations?: number;
}): Promise<InvestmentBenchResult[]> {
  const volume: Volume = {
    leads: options.leads ?? 10_000,
    activities: options.activities ?? 100_000,
    iterations: options.iterations ?? 100,
  };
  return onEachDatabase('investment', options.sqliteOnly, (kind, database, dir) =>
    benchOne(kind, database, dir, volume),
  );
}

export function formatInvestmentTable(results: readonly InvestmentBenchResult[]): string {
  const rows = results.flatMap((r) => [
    [
      `${r.database}: +${formatCount(r.leads)} leads, ${formatCount(r.activities)} activities, ${formatCount(r.moves)} moves`,
      `load ${r.loadSeconds.toFixed(1)} s`,
      '',
      '',
      '',
    ],
    ...r.cases.map((c) => [
      `  ${c.label}`,
      formatMs(c.p50Ms),
      formatMs(c.p95Ms),
      c.ratioP50 === null ? '' : formatRatio(c.ratioP50),
      c.ratioP50 === null ? '' : c.p95Ms < AIM_P95_MS ? 'yes' : 'NO',
    ]),
  ]);
  return formatTable(
    ['investment (sequential GETs over HTTP)', 'p50', 'p95', 'p50 ÷ count', `p95 < ${AIM_P95_MS} ms`],
    rows,
  );
}

if (isEntryPoint(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      'sqlite-only': { type: 'boolean', default: false },
      leads: { type: 'string', default: '10000' },
      activities: { type: 'string', default: '100000' },
      iterations: { type: 'string', default: '100' },
    },
  });
  const results = await benchInvestment({
    sqliteOnly: values['sqlite-only'],
    leads: Number(values.leads),
    activities: Number(values.activities),
    iterations: Number(values.iterations),
  });
  console.log(formatInvestmentTable(results));
}
