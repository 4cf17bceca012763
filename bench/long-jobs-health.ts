/**
 * What the long jobs do to everyone else (issue 9 finding 5): GET /api/v1/health and a project list
 * are sent one after another, without pause, while (1) nothing runs (the baseline), (2) the daily
 * recompute of lights runs over a portfolio of `--projects` generated projects as one transaction
 * per zone (chunking off) and (3) in chunks of the default size (on), and (4) while the monthly
 * summary is generated as .docx and .xlsx. p50 / p99 / max of each are printed. The recompute runs
 * in the server's own process, as the worker role does beside the web role; before each run every
 * open item's stored slack is moved by a day, so it rewrites them all as a day passing does.
 *   node --import tsx bench/long-jobs-health.ts [--projects 2000] [--sqlite-only]
 */
import { parseArgs } from 'node:util';
// The server's request types augment fastify's; naming it brings its declarations into this program.
import type {} from 'fastify';
import { sql } from 'kysely';
import pino from 'pino';
import type { DatabaseConfig } from '../server/src/config/config.js';
import { demoZoneToday } from '../server/src/demo/demo-projects.js';
import { DEFAULT_RECOMPUTE_CHUNK_PROJECTS, recomputeEveryZone } from '../server/src/features/projects/rag.service.js';
import { startZoneHub } from '../server/src/runtime.js';
import { isEntryPoint } from './bench-options.js';
import { benchConfig, onEachDatabase } from './each-database.js';
import { signIn } from './projects-calendar.js';
import { loadProjects } from './projects-data.js';
import { formatCount, formatMs, formatTable } from './report-table.js';

interface Latencies {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

interface Phase {
  label: string;
  jobMs: number;
  health: Latencies;
  list: Latencies;
}

export interface LongJobsResult {
  database: 'sqlite' | 'postgres';
  projects: number;
  milestones: number;
  phases: Phase[];
}

function latencies(values: number[]): Latencies {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? Number.NaN };
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

/** Runs `job` with health and the list hammered beside it; `job` starts after both have sent once. */
async function during(label: string, baseUrl: string, cookie: string, job: () => Promise<unknown>): Promise<Phase> {
  let running = true;
  const health = hammer(`${baseUrl}/api/v1/health`, {}, () => running);
  const list = hammer(`${baseUrl}/api/v1/projects?pageSize=20`, { cookie }, () => running);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const started = performance.now();
  try {
    await job();
  } finally {
    running = false;
  }
  const jobMs = performance.now() - started;
  return { label, jobMs, health: latencies(await health), list: latencies(await list) };
}

async function benchOne(
  kind: 'sqlite' | 'postgres',
  database: DatabaseConfig,
  dir: string,
  projects: number,
): Promise<LongJobsResult> {
  const running = await startZoneHub(benchConfig(database, dir), pino({ level: 'warn' }));
  try {
    const loaded = await loadProjects(database, projects);
    const baseUrl = running.url ?? '';
    const { cookie } = await signIn(baseUrl, 'leader');
    const ctx = running.ctx;
    // A day passed: every open item's stored slack is one more than today's, so all are rewritten.
    const dayPassed = () =>
      sql`update project_milestones set slack_workdays = slack_workdays + 1
        where actual_done_on is null and slack_workdays is not null`.execute(ctx.db);
    const month = demoZoneToday(new Date()).slice(0, 7);
    const report = async (format: 'docx' | 'xlsx') => {
      const response = await fetch(`${baseUrl}/api/v1/projects/reports/monthly.${format}?period=${month}`, {
        headers: { cookie },
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`monthly.${format} answered ${response.status}`);
    };
    const phases: Phase[] = [];
    phases.push(await during('nothing else running', baseUrl, cookie, () => new Promise((r) => setTimeout(r, 1_000))));
    await dayPassed();
    phases.push(
      await during('recompute, one transaction per zone (off)', baseUrl, cookie, () =>
        recomputeEveryZone(ctx, { chunkProjects: 1_000_000 }),
      ),
    );
    await dayPassed();
    phases.push(
      await during(`recompute, ${DEFAULT_RECOMPUTE_CHUNK_PROJECTS} projects per chunk (on)`, baseUrl, cookie, () =>
        recomputeEveryZone(ctx),
      ),
    );
    phases.push(await during('monthly summary .docx', baseUrl, cookie, () => report('docx')));
    phases.push(await during('monthly summary .xlsx', baseUrl, cookie, () => report('xlsx')));
    return { database: kind, projects: loaded.projects, milestones: loaded.milestones, phases };
  } finally {
    await running.stop();
  }
}

export async function benchLongJobs(options: { sqliteOnly: boolean; projects: number }): Promise<LongJobsResult[]> {
  return onEachDatabase('long-jobs', options.sqliteOnly, (kind, database, dir) =>
    benchOne(kind, database, dir, options.projects),
  );
}

const cell = (l: Latencies) => `${formatMs(l.p50)} / ${formatMs(l.p99)} / ${formatMs(l.max)} (${l.count})`;

export function formatLongJobsTable(results: readonly LongJobsResult[]): string {
  const rows = results.flatMap((r) => [
    [`${r.database}: +${formatCount(r.projects)} projects, ${formatCount(r.milestones)} milestones`, '', '', ''],
    ...r.phases.map((p) => [`  ${p.label}`, formatMs(p.jobMs), cell(p.health), cell(p.list)]),
  ]);
  return formatTable(['during', 'job', 'health p50 / p99 / max (n)', 'project list p50 / p99 / max (n)'], rows);
}

if (isEntryPoint(import.meta.url)) {
  const { values } = parseArgs({
    options: { projects: { type: 'string', default: '2000' }, 'sqlite-only': { type: 'boolean', default: false } },
  });
  const results = await benchLongJobs({ sqliteOnly: values['sqlite-only'], projects: Number(values.projects) });
  console.log(`\n${formatLongJobsTable(results)}`);
}
