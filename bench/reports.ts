import { parseArgs } from 'node:util';
// The server's request types augment fastify's; naming it brings its declarations into this program.
import type {} from 'fastify';
import pino from 'pino';
import type { DatabaseConfig } from '../server/src/config/config.js';
import { demoZoneToday } from '../server/src/demo/demo-projects.js';
import { startZoneHub } from '../server/src/runtime.js';
import { isEntryPoint } from './bench-options.js';
import { benchConfig, onEachDatabase } from './each-database.js';
import { field, percentile, signIn } from './projects-calendar.js';
import { type LoadedProjects, loadProjects } from './projects-data.js';
import { formatCount, formatMs, formatRatio, formatTable, ratioOf } from './report-table.js';
import { type SeededReports, seedReportData } from './reports-data.js';

const WARM_UP_REQUESTS = 2;
/** The aim for the monthly summary .docx of the whole zone. */
const AIM_MS = 3_000;

export interface ReportsCase {
  label: string;
  path: string;
  p50Ms: number;
  p95Ms: number;
  /** p50 ÷ the JSON model's p50 (null for the baselines). */
  ratioP50: number | null;
  aim: boolean;
  note: string;
}

export interface ReportsBenchResult extends LoadedProjects {
  database: 'sqlite' | 'postgres';
  seeded: SeededReports;
  loadSeconds: number;
  cases: ReportsCase[];
}

async function measure(
  baseUrl: string,
  cookie: string,
  path: string,
  iterations: number,
  describe: (r: Response, body: Buffer) => string,
) {
  const once = async () => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200)
      throw new Error(`GET ${path} answered ${response.status}: ${body.toString('utf8').slice(0, 300)}`);
    return { response, body };
  };
  const first = await once();
  const note = describe(first.response, first.body);
  for (let i = 0; i < WARM_UP_REQUESTS; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), note };
}

const kb = (body: Buffer) => `${formatCount(Math.round(body.length / 1024))} KB`;

async function benchOne(
  kind: 'sqlite' | 'postgres',
  database: DatabaseConfig,
  dataDir: string,
  volume: { projects: number; iterations: number },
) {
  const config = benchConfig(database, dataDir);
  const running = await startZoneHub(config, pino({ level: 'warn' }));
  try {
    const started = performance.now();
    const loaded = await loadProjects(database, volume.projects);
    const seeded = await seedReportData(database);
    const loadSeconds = (performance.now() - started) / 1000;
    const baseUrl = running.url ?? '';
    const { cookie } = await signIn(baseUrl, 'leader');
    const month = demoZoneToday(new Date()).slice(0, 7);
    const json = (body: Buffer): unknown => JSON.parse(body.toString('utf8'));
    const runs = [
      {
        label: 'plain count of projects (list, pageSize=1)',
        path: '/api/v1/projects?pageSize=1',
        describe: (_: Response, body: Buffer) => `${formatCount(Number(field(json(body), 'total')))} projects`,
      },
      {
        label: `monthly summary ${month}, JSON model (whole zone)`,
        path: `/api/v1/projects/reports/monthly?period=${month}`,
        describe: (_: Response, body: Buffer) => {
          const projects = field(json(body), 'projects');
          const count = Array.isArray(projects) ? projects.length : 0;
          if (count < loaded.projects)
            throw new Error(`the summary has ${count} projects, expected ≥ ${loaded.projects}`);
          return `${formatCount(count)} projects, ${kb(body)}`;
        },
      },
      {
        label: `monthly summary ${month} as .docx (whole zone)`,
        path: `/api/v1/projects/reports/monthly.docx?period=${month}`,
        describe: (r: Response, body: Buffer) =>
          `${kb(body)}, ${r.headers.get('content-type')?.includes('word') ? 'docx' : '?'}`,
      },
      {
        label: `monthly summary ${month} as .xlsx (whole zone)`,
        path: `/api/v1/projects/reports/monthly.xlsx?period=${month}`,
        describe: (_: Response, body: Buffer) => kb(body),
      },
    ];
    const cases: ReportsCase[] = [];
    let modelP50: number | null = null;
    for (const [index, run] of runs.entries()) {
      const m = await measure(baseUrl, cookie, run.path, volume.iterations, run.describe);
      if (index === 1) modelP50 = m.p50Ms;
      cases.push({
        label: run.label,
        path: run.path,
        ...m,
        ratioP50: index < 2 ? null : ratioOf(m.p50Ms, modelP50),
        aim: m.p95Ms < AIM_MS,
      });
    }
    return { database: kind, ...loaded, seeded, loadSeconds, cases } satisfies ReportsBenchResult;
  } finally {
    await running.stop();
  }
}

export async function benchReports(options: { sqliteOnly: boolean; projects?: number; iterations?: number }) {
  const volume = { projects: options.projects ?? 2_000, iterations: options.iterations ?? 10 };
  return onEachDatabase('reports', options.sqliteOnly, (kind, database, dir) => benchOne(kind, database, dir, volume));
}

export function formatReportsTable(results: readonly ReportsBenchResult[]): string {
  const rows = results.flatMap((r) => [
    [
      `${r.database}: +${formatCount(r.projects)} projects, ${formatCount(r.milestones)} milestones, ${formatCount(r.seeded.investmentMonths)} investment months, ${formatCount(r.seeded.meetings.meetings)} meetings, ${formatCount(r.seeded.meetings.outcomes)} outcomes`,
      `load ${r.loadSeconds.toFixed(1)} s`,
      '',
      '',
      '',
      '',
    ],
    ...r.cases.map((x) => [
      `  ${x.label}`,
      formatMs(x.p50Ms),
      formatMs(x.p95Ms),
      x.ratioP50 === null ? '' : formatRatio(x.ratioP50),
      x.aim ? 'yes' : 'NO',
      x.note,
    ]),
  ]);
  return formatTable(
    ['reports (sequential requests over HTTP)', 'p50', 'p95', 'p50 ÷ JSON model', `p95 < ${AIM_MS / 1000} s`, 'answer'],
    rows,
  );
}

if (isEntryPoint(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      'sqlite-only': { type: 'boolean', default: false },
      projects: { type: 'string', default: '2000' },
      iterations: { type: 'string', default: '10' },
    },
  });
  const results = await benchReports({
    sqliteOnly: values['sqlite-only'],
    projects: Number(values.projects),
    iterations: Number(values.iterations),
  });
  console.log(formatReportsTable(results));
}
