/**
 * Excel import of 10,000 enterprises end to end (upload → validate → commit → done, through the real
 * server over HTTP) beside the time ExcelJS alone takes to read the same sheet, so the cost of
 * validation and of the database shows as a ratio rather than as a machine-bound number alone.
 *   node --import tsx bench/import.ts [--sqlite-only]
 */
import { composeUscc } from '@zonehub/uscc';
import ExcelJS from 'exceljs';
import { type BenchOptions, benchOptionsOrExit, isEntryPoint } from './bench-options.js';
import { busyMachineNote } from './machine.js';
import { createTemporaryDatabase, type PostgresProbe, probePostgres } from './postgres-database.js';
import { formatMs, formatRatio, formatTable, median, ratioOf } from './report-table.js';
import { type BenchDatabase, type DatabaseKind, startServer } from './server-process.js';

export const IMPORT_ROWS = 10_000;
/** The aim of the issue: a 10,000-row sheet imported end to end in under 10 s. */
const AIM_MS = 10_000;
const READ_RUNS = 3;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DEMO_PASSWORD = 'Demo@2026';
const PARKS = ['中部装备制造与食品加工产业园', '南部现代物流与环保产业园', '北部宋村新兴产业园区'];
const STATUSES = ['在营', '停产', '在营', '在营'];

export interface ImportResult {
  database: DatabaseKind;
  rows: number;
  fileBytes: number;
  /** Median of READ_RUNS: ExcelJS loading the workbook and walking every row, nothing else. */
  readOnlyMs: number;
  /** POST /enterprise-import: upload, read, validate every row, check codes against the registry. */
  previewMs: number;
  /** POST …/commit until GET …/:id says done: the one-transaction write with audit entries. */
  commitMs: number;
  endToEndMs: number;
  /** end to end ÷ read only. */
  ratio: number | null;
  withinAim: boolean;
  /** processedRows values a poller saw while importing (SQLite: read beside the commit, see import-progress.ts). */
  progressValuesSeen: number[];
}

export interface ImportBench {
  results: ImportResult[];
  postgresSkippedBecause: string | null;
}

/** A realistic sheet: every column of the template filled, codes valid, 10,000 distinct enterprises. */
export async function generateSheet(rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('企业信息');
  sheet.addRow([
    '统一社会信用代码',
    '企业名称',
    '法定代表人',
    '注册资本（万元）',
    '成立日期',
    '注册地址',
    '所属园区',
    '行业代码',
    '企业状态',
    '从业人员',
    '联系人',
    '联系电话',
    '四上（年份）',
    '四上行业',
  ]);
  for (let i = 0; i < rows; i++) {
    sheet.addRow([
      composeUscc('91', '140428', `B${String(i).padStart(7, '0')}`),
      `基准测试第${i}号制造有限公司`,
      `法人${i % 97}`,
      100 + (i % 5000),
      `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}`,
      `长子县经济技术开发区${i % 300}号`,
      PARKS[i % PARKS.length],
      i % 2 === 0 ? '3511' : 'C1411',
      STATUSES[i % STATUSES.length],
      String(10 + (i % 500)),
      `联系人${i % 50}`,
      `1380000${String(i).padStart(4, '0')}`,
      i % 4 === 0 ? 2024 : null,
      i % 4 === 0 ? '工业' : null,
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function readOnlyMs(file: Buffer): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < READ_RUNS; run++) {
    const started = performance.now();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as Parameters<typeof book.xlsx.load>[0]);
    let cells = 0;
    book.worksheets[0]?.eachRow((row) => {
      cells += Array.isArray(row.values) ? row.values.length : 0;
    });
    if (cells === 0) throw new Error('the generated sheet read back empty');
    times.push(performance.now() - started);
  }
  return median(times) ?? Number.NaN;
}

async function signIn(baseUrl: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'zoneadmin', password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('zonehub_session='));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  if (!cookie) throw new Error('login set no session cookie');
  return { cookie, csrf: csrfToken };
}

interface Job {
  id: string;
  status: string;
  processedRows: number;
  errorCount: number;
  createdCount: number;
}

async function benchOneDatabase(database: BenchDatabase, file: Buffer, readMs: number): Promise<ImportResult> {
  const server = await startServer(database);
  try {
    const { cookie, csrf } = await signIn(server.baseUrl);
    const headers = { cookie, 'x-csrf-token': csrf };
    const started = performance.now();
    const upload = await fetch(`${server.baseUrl}/api/v1/enterprise-import?fileName=bench.xlsx`, {
      method: 'POST',
      headers: { ...headers, 'content-type': XLSX },
      body: file,
    });
    const preview = (await upload.json()) as Job;
    if (upload.status !== 200 || preview.status !== 'ready') {
      throw new Error(`upload answered ${upload.status}: ${JSON.stringify(preview).slice(0, 500)}`);
    }
    const previewed = performance.now();
    const commit = await fetch(`${server.baseUrl}/api/v1/enterprise-import/${preview.id}/commit`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'create' }),
    });
    if (commit.status !== 202) throw new Error(`commit answered ${commit.status}: ${await commit.text()}`);
    let job: Job = preview;
    const progress = new Set<number>();
    do {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = (await (
        await fetch(`${server.baseUrl}/api/v1/enterprise-import/${preview.id}`, { headers })
      ).json()) as Job;
      if (job.status === 'importing') progress.add(job.processedRows);
    } while (job.status === 'importing');
    if (job.status !== 'done' || job.createdCount !== IMPORT_ROWS) {
      throw new Error(`import ended ${job.status} with ${job.createdCount} created`);
    }
    const done = performance.now();
    const endToEndMs = done - started;
    return {
      database: database.kind,
      rows: IMPORT_ROWS,
      fileBytes: file.length,
      readOnlyMs: readMs,
      previewMs: previewed - started,
      commitMs: done - previewed,
      endToEndMs,
      ratio: ratioOf(endToEndMs, readMs),
      withinAim: endToEndMs < AIM_MS,
      progressValuesSeen: [...progress].sort((a, b) => a - b),
    };
  } finally {
    await server.stop();
  }
}

const LABEL: Record<DatabaseKind, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

export function formatImportTable(bench: ImportBench): string {
  const rows = bench.results.map((r) => [
    LABEL[r.database],
    `${(r.fileBytes / 1024 / 1024).toFixed(1)} MB`,
    formatMs(r.readOnlyMs),
    formatMs(r.previewMs),
    formatMs(r.commitMs),
    formatMs(r.endToEndMs),
    formatRatio(r.ratio),
    r.withinAim ? 'yes' : 'NO',
    String(r.progressValuesSeen.length),
  ]);
  const header = [
    `import of ${IMPORT_ROWS} rows`,
    'file',
    'ExcelJS read only',
    'upload + validate',
    'commit → done',
    'end to end',
    'end to end ÷ read',
    '< 10 s',
    'progress steps seen',
  ];
  return formatTable(header, rows);
}

export async function benchImport(
  options: Pick<BenchOptions, 'sqliteOnly'>,
  log: (line: string) => void = console.log,
): Promise<ImportBench> {
  const probe: PostgresProbe = options.sqliteOnly
    ? { reachable: false, reason: '--sqlite-only' }
    : await probePostgres();
  const postgresSkippedBecause = probe.reachable ? null : probe.reason;
  log(`Excel import: ${IMPORT_ROWS} rows, upload → validate → commit → done, as zoneadmin`);
  if (postgresSkippedBecause !== null) log(`  PostgreSQL skipped: ${postgresSkippedBecause}`);
  const busyNote = busyMachineNote();
  if (busyNote !== null) log(busyNote);

  const file = await generateSheet(IMPORT_ROWS);
  const readMs = await readOnlyMs(file);
  log(`  ExcelJS read only: ${formatMs(readMs)} (median of ${READ_RUNS})`);
  const results = [await benchOneDatabase({ kind: 'sqlite' }, file, readMs)];
  log(`  sqlite: end to end ${formatMs(results[0]?.endToEndMs ?? null)}`);
  if (probe.reachable) {
    const postgresDatabase = await createTemporaryDatabase();
    try {
      const result = await benchOneDatabase({ kind: 'postgres', url: postgresDatabase.url }, file, readMs);
      results.push(result);
      log(`  postgres: end to end ${formatMs(result.endToEndMs)}`);
    } finally {
      await postgresDatabase.drop();
    }
  }
  return { results, postgresSkippedBecause };
}

if (isEntryPoint(import.meta.url)) {
  const bench = await benchImport(benchOptionsOrExit());
  console.log(`\n${formatImportTable(bench)}`);
}
