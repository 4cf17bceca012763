/**
 * Search benchmark: 50,000 generated enterprises in one zone, then the latency of the registry
 * search as GET /enterprises runs it (count + one page of 20, through the search repository
 * in-process, so the figures are the database's and the query's, not HTTP's) for a 1- and a 2-character name
 * term, a 4-character term, a pinyin-initials term and a filter-only query; SQLite (a file in a temp
 * folder) and PostgreSQL (a temporary database). Run alone: node --import tsx bench/search.ts
 * [--sqlite-only] [--count N] [--iterations N].
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { composeUscc, USCC_CHARSET } from '@zonehub/uscc';
// The server's request types augment fastify's; naming it brings its declarations into this program.
import type {} from 'fastify';
import { sql } from 'kysely';
import { type DatabaseHandle, openDatabase } from '../server/src/db/database.js';
import { migrateToLatest } from '../server/src/db/migrate.js';
import { BRAND_WORDS, seededRandom } from '../server/src/demo/demo-enterprise-generator.js';
import { type EnterpriseInput, insertEnterprises } from '../server/src/features/enterprises/enterprise.writer.js';
import {
  countEnterprises,
  type EnterpriseSearchFilter,
  searchEnterprises,
} from '../server/src/features/enterprises/enterprise-search.repository.js';
import type { Scope } from '../server/src/http/context.js';
import { isEntryPoint } from './bench-options.js';
import { createTemporaryDatabase, probePostgres } from './postgres-database.js';
import { formatMs, formatTable } from './report-table.js';

const COUNTIES = ['清徐县', '长子县', '太谷区', '祁县', '平遥县', '介休市', '屯留区', '襄垣县', '沁县', '武乡县'];
const TRADES: [string, string][] = [
  ['焦化', '2521'],
  ['化工', '2614'],
  ['新材料', '2651'],
  ['机械制造', '3511'],
  ['建材', '3021'],
  ['铸造', '3391'],
  ['食品', '1391'],
  ['商贸', '5162'],
  ['物流', '5431'],
  ['信息技术', '6513'],
  ['建筑工程', '4790'],
  ['餐饮', '6210'],
];

export interface SearchCase {
  label: string;
  filter: Omit<EnterpriseSearchFilter, 'sort' | 'order'>;
}

export interface SearchBenchResult {
  database: 'sqlite' | 'postgres';
  enterprises: number;
  loadSeconds: number;
  cases: { label: string; matches: number; p50Ms: number; p95Ms: number }[];
}

function orgBody(n: number): string {
  let body = '';
  for (let i = 0, v = n; i < 8; i++, v = Math.floor(v / 31)) body = USCC_CHARSET.charAt(v % 31) + body;
  return body;
}

async function load(handle: DatabaseHandle, count: number): Promise<{ zoneId: string; parkIds: string[] }> {
  const now = new Date().toISOString();
  const zoneId = 'bench-zone';
  const parkIds = ['bench-park-1', 'bench-park-2', 'bench-park-3'];
  await handle.db
    .insertInto('zones')
    .values({
      id: zoneId,
      code: 'bench',
      name: '基准测试开发区',
      timezone: 'Asia/Shanghai',
      isDemo: 1,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  await handle.db
    .insertInto('parks')
    .values(
      parkIds.map((id, i) => ({
        id,
        zoneId,
        code: id,
        name: `园区${i + 1}`,
        sortOrder: i,
        isDemo: 1,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .execute();
  const random = seededRandom(50_000);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const names = new Set<string>();
  const rows: EnterpriseInput[] = [];
  while (rows.length < count) {
    const [trade, code] = pick(TRADES);
    const name = `${pick(COUNTIES)}${pick(BRAND_WORDS)}${pick(BRAND_WORDS)}${trade}有限公司`;
    if (names.has(name)) continue;
    names.add(name);
    const n = rows.length;
    rows.push({
      id: `bench-${n}`,
      zoneId,
      parkId: parkIds[n % 3] ?? null,
      uscc: composeUscc('91', '140121', orgBody(n + 1)),
      name,
      status: n % 17 === 0 ? 'suspended' : 'operating',
      industryCode: code,
      employees: Math.floor(random() * 500),
      registeredCapitalYuan: Math.floor(random() * 1e8),
      isDemo: 1,
      createdAt: now,
      updatedAt: now,
    });
  }
  for (let i = 0; i < rows.length; i += 5_000) {
    const slice = rows.slice(i, i + 5_000);
    await handle.db.transaction().execute((trx) => insertEnterprises(trx, slice));
  }
  return { zoneId, parkIds };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

async function measure(handle: DatabaseHandle, scope: Scope, c: SearchCase, iterations: number) {
  const filter: EnterpriseSearchFilter = { ...c.filter, sort: 'name', order: 'asc' };
  const once = async () => {
    const total = await countEnterprises(handle.db, scope, filter);
    await searchEnterprises(handle.db, scope, filter, { offset: 0, limit: 20 });
    return total;
  };
  let matches = 0;
  for (let i = 0; i < 10; i++) matches = await once();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { label: c.label, matches, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
}

async function benchOne(handle: DatabaseHandle, database: 'sqlite' | 'postgres', count: number, iterations: number) {
  await migrateToLatest(handle.db);
  const started = performance.now();
  const { zoneId, parkIds } = await load(handle, count);
  const loadSeconds = (performance.now() - started) / 1000;
  // Fresh statistics on both, as a database that has run a while has them (PRAGMA optimize / autovacuum).
  await sql`analyze`.execute(handle.db);
  const scope: Scope = { zoneId, role: 'zoneAdmin', parkIds: null, orgUnitIds: [], enterpriseId: null };
  const cases: SearchCase[] = [
    { label: '1-character name term 泰 (gram range)', filter: { q: '泰' } },
    { label: '2-character name term 宏泰', filter: { q: '宏泰' } },
    { label: '4-character name term 晋源宏泰', filter: { q: '晋源宏泰' } },
    { label: 'pinyin initials jyht', filter: { q: 'jyht' } },
    {
      label: 'filter only: park + industry C + operating',
      filter: { parkId: parkIds[1], industryCode: 'C', status: 'operating' },
    },
  ];
  const results = [];
  for (const c of cases) results.push(await measure(handle, scope, c, iterations));
  return { database, enterprises: count, loadSeconds, cases: results } satisfies SearchBenchResult;
}

export async function benchSearch(options: {
  sqliteOnly: boolean;
  count?: number;
  iterations?: number;
}): Promise<SearchBenchResult[]> {
  const count = options.count ?? 50_000;
  const iterations = options.iterations ?? 200;
  const results: SearchBenchResult[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'zonehub-search-bench-'));
  const sqlite = openDatabase({ kind: 'sqlite', file: join(dir, 'bench.db') });
  try {
    results.push(await benchOne(sqlite, 'sqlite', count, iterations));
  } finally {
    await sqlite.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
  if (options.sqliteOnly) return results;
  const probe = await probePostgres();
  if (!probe.reachable) {
    console.log(`PostgreSQL skipped: ${probe.reason}`);
    return results;
  }
  const temp = await createTemporaryDatabase();
  const pgHandle = openDatabase({ kind: 'postgres', url: temp.url }, { poolSize: 4 });
  try {
    results.push(await benchOne(pgHandle, 'postgres', count, iterations));
  } finally {
    await pgHandle.destroy();
    await temp.drop();
  }
  return results;
}

export function formatSearchTable(results: readonly SearchBenchResult[]): string {
  const rows = results.flatMap((r) => [
    [`${r.database}: load ${r.enterprises} enterprises (writer, with index)`, `${r.loadSeconds.toFixed(1)} s`, '', ''],
    ...r.cases.map((c) => [`  ${c.label}`, String(c.matches), formatMs(c.p50Ms), formatMs(c.p95Ms)]),
  ]);
  return formatTable(['search (count + page of 20)', 'matches', 'p50', 'p95'], rows);
}

if (isEntryPoint(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      'sqlite-only': { type: 'boolean', default: false },
      count: { type: 'string', default: '50000' },
      iterations: { type: 'string', default: '200' },
    },
  });
  const results = await benchSearch({
    sqliteOnly: values['sqlite-only'],
    count: Number(values.count),
    iterations: Number(values.iterations),
  });
  console.log(formatSearchTable(results));
}
