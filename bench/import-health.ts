/**
 * What a large import commit does to everyone else: GET /api/v1/health and a list request are sent
 * one after another, without pause, for as long as a 20,000-row import commits, and their latencies
 * are reported (p50, p99, max) with chunking disabled (ZONEHUB_IMPORT_CHUNK_ROWS above the sheet: one
 * transaction, as before) and enabled (the default), on the same machine in the same run, so the
 * ratio of the two says what chunking buys whatever the machine.
 *   node --import tsx bench/import-health.ts [--rows 20000] [--sqlite-only]
 */
import { benchOptionsOrExit, isEntryPoint } from './bench-options.js';
import { generateSheet } from './import.js';
import { busyMachineNote } from './machine.js';
import { createTemporaryDatabase, probePostgres } from './postgres-database.js';
import { formatMs, formatRatio, formatTable, ratioOf } from './report-table.js';
import { type BenchDatabase, type DatabaseKind, startServer } from './server-process.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DEMO_PASSWORD = 'Demo@2026';
const DEFAULT_ROWS = 20_000;
/** "One chunk" for the baseline, and the server's default chunk. */
const MODES = [
  { name: 'one transaction (chunking off)', chunkRows: '1000000' },
  { name: 'chunked (default 200 rows)', chunkRows: '200' },
] as const;

interface Latencies {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

export interface ImportHealthResult {
  database: DatabaseKind;
  mode: string;
  rows: number;
  commitMs: number;
  health: Latencies;
  list: Latencies;
}

function latencies(values: number[]): Latencies {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? Number.NaN };
}

async function signIn(baseUrl: string) {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'zoneadmin', password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login answered ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('zonehub_session='));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  if (!cookie) throw new Error('login set no session cookie');
  return { cookie, 'x-csrf-token': csrfToken };
}

/** Sends `url` again and again until `running()` turns false; the latency of each answer. */
async function hammer(url: string, headers: Record<string, string>, running: () => boolean): Promise<number[]> {
  const times: number[] = [];
  while (running()) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

async function once(
  database: BenchDatabase,
  mode: (typeof MODES)[number],
  file: Buffer,
  rows: number,
): Promise<ImportHealthResult> {
  const server = await startServer(database, 180_000, {
    ZONEHUB_IMPORT_CHUNK_ROWS: mode.chunkRows,
    ZONEHUB_IMPORT_MAX_ROWS: String(Math.max(rows, 50_000)),
  });
  try {
    const headers = await signIn(server.baseUrl);
    const upload = await fetch(`${server.baseUrl}/api/v1/enterprise-import?fileName=bench.xlsx`, {
      method: 'POST',
      headers: { ...headers, 'content-type': XLSX },
      body: file,
    });
    const job = (await upload.json()) as { id: string; status: string };
    if (job.status !== 'ready')
      throw new Error(`upload answered ${upload.status}: ${JSON.stringify(job).slice(0, 300)}`);
    let importing = true;
    const started = performance.now();
    const commit = await fetch(`${server.baseUrl}/api/v1/enterprise-import/${job.id}/commit`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'create' }),
    });
    if (commit.status !== 202) throw new Error(`commit answered ${commit.status}`);
    const health = hammer(`${server.baseUrl}/api/v1/health`, {}, () => importing);
    const list = hammer(`${server.baseUrl}/api/v1/enterprises?pageSize=20`, headers, () => importing);
    let status = 'importing';
    while (status === 'importing') {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const view = await fetch(`${server.baseUrl}/api/v1/enterprise-import/${job.id}`, { headers });
      status = ((await view.json()) as { status: string }).status;
    }
    const commitMs = performance.now() - started;
    importing = false;
    if (status !== 'done') throw new Error(`import ended ${status}`);
    return {
      database: database.kind,
      mode: mode.name,
      rows,
      commitMs,
      health: latencies(await health),
      list: latencies(await list),
    };
  } finally {
    await server.stop();
  }
}

export function formatImportHealthTable(results: readonly ImportHealthResult[]): string {
  const rows = results.map((r) => [
    `${r.database} ${r.mode}`,
    formatMs(r.commitMs),
    `${formatMs(r.health.p50)} / ${formatMs(r.health.p99)} / ${formatMs(r.health.max)} (${r.health.count})`,
    `${formatMs(r.list.p50)} / ${formatMs(r.list.p99)} / ${formatMs(r.list.max)} (${r.list.count})`,
  ]);
  for (const database of new Set(results.map((r) => r.database))) {
    const [off, on] = MODES.map((m) => results.find((r) => r.database === database && r.mode === m.name));
    if (!off || !on) continue;
    rows.push([
      `${database} off ÷ on`,
      formatRatio(ratioOf(off.commitMs, on.commitMs)),
      `p99 ${formatRatio(ratioOf(off.health.p99, on.health.p99))}, max ${formatRatio(ratioOf(off.health.max, on.health.max))}`,
      `p99 ${formatRatio(ratioOf(off.list.p99, on.list.p99))}, max ${formatRatio(ratioOf(off.list.max, on.list.max))}`,
    ]);
  }
  const header = [
    `import of ${results[0]?.rows ?? 0} rows`,
    'commit → done',
    'health p50 / p99 / max (n)',
    'list p50 / p99 / max (n)',
  ];
  return formatTable(header, rows);
}

export async function benchImportHealth(
  options: { sqliteOnly: boolean; rows: number },
  log: (line: string) => void = console.log,
): Promise<ImportHealthResult[]> {
  log(`Health and a list during an import commit of ${options.rows} rows: chunking off vs on`);
  const busyNote = busyMachineNote();
  if (busyNote !== null) log(busyNote);
  const file = await generateSheet(options.rows);
  const results: ImportHealthResult[] = [];
  for (const mode of MODES) {
    results.push(await once({ kind: 'sqlite' }, mode, file, options.rows));
    log(`  sqlite, ${mode.name}: done`);
  }
  const probe = options.sqliteOnly ? { reachable: false as const, reason: '--sqlite-only' } : await probePostgres();
  if (!probe.reachable) {
    log(`  PostgreSQL skipped: ${probe.reason}`);
    return results;
  }
  for (const mode of MODES) {
    const database = await createTemporaryDatabase();
    try {
      results.push(await once({ kind: 'postgres', url: database.url }, mode, file, options.rows));
      log(`  postgres, ${mode.name}: done`);
    } finally {
      await database.drop();
    }
  }
  return results;
}

if (isEntryPoint(import.meta.url)) {
  const at = process.argv.indexOf('--rows');
  const rows = at >= 0 ? Number(process.argv[at + 1]) : DEFAULT_ROWS;
  if (at >= 0) process.argv.splice(at, 2);
  const results = await benchImportHealth({ sqliteOnly: benchOptionsOrExit().sqliteOnly, rows });
  console.log(`\n${formatImportHealthTable(results)}`);
}
