import { parseArgs } from 'node:util';
// The server's request types augment fastify's; naming it brings its declarations into this program.
import type {} from 'fastify';
import pino from 'pino';
import type { DatabaseConfig } from '../server/src/config/config.js';
import { openDatabase } from '../server/src/db/database.js';
import { CHANGZI } from '../server/src/demo/demo-zones.js';
import { demoId } from '../server/src/demo/seed.js';
import { startZoneHub } from '../server/src/runtime.js';
import { isEntryPoint } from './bench-options.js';
import { benchConfig, onEachDatabase } from './each-database.js';
import {
  type CalendarRecompute,
  field,
  GANTT_PAGE,
  percentile,
  signIn,
  timeCalendar,
  walkGantt,
} from './projects-calendar.js';
import { type LoadedProjects, loadProjects, type SeededMeetings, seedBenchMeetings } from './projects-data.js';
import { formatCount, formatMs, formatRatio, formatTable, ratioOf } from './report-table.js';

const WARM_UP_REQUESTS = 5;
/** The aim for the list and the Gantt. */
const AIM_P95_MS = 300;

export interface ProjectsCase {
  label: string;
  path: string;
  p50Ms: number;
  p95Ms: number;
  /** p50 ÷ the count's p50 (null for the count itself). */
  ratioP50: number | null;
  /** What the first answer held (rows, projects in the Gantt …). */
  note: string;
}

export interface ProjectsBenchResult extends LoadedProjects {
  database: 'sqlite' | 'postgres';
  loadSeconds: number;
  meetings: SeededMeetings;
  cases: ProjectsCase[];
  calendar: CalendarRecompute;
}

interface Volume {
  projects: number;
  iterations: number;
  calendarRounds: number;
}

/** Sequential GETs: latency of one caller, not throughput; the first answer is checked and described. */
async function measure(
  baseUrl: string,
  cookie: string,
  path: string,
  iterations: number,
  check: (b: unknown) => string,
) {
  const once = async () => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
    const body: unknown = await response.json();
    if (response.status !== 200)
      throw new Error(`GET ${path} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
    return body;
  };
  const note = check(await once());
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

function listNote(body: unknown, atLeast: number): string {
  const total = field(body, 'total');
  const items = field(body, 'items');
  if (typeof total !== 'number' || total < atLeast || !Array.isArray(items))
    throw new Error(`the list answered total ${String(total)}, expected ≥ ${atLeast}`);
  return `${formatCount(total)} match, ${items.length} rows`;
}

function ganttNote(body: unknown, atLeast: number): string {
  const items = field(body, 'items');
  if (!Array.isArray(items) || items.length < atLeast)
    throw new Error(`the Gantt has ${Array.isArray(items) ? items.length : 'no'} projects, expected ≥ ${atLeast}`);
  const milestones = items.reduce<number>((n, item) => {
    const list = field(item, 'milestones');
    return n + (Array.isArray(list) ? list.length : 0);
  }, 0);
  return `${formatCount(items.length)} projects, ${formatCount(milestones)} milestones`;
}

function portfolioNote(body: unknown, atLeast: number): string {
  const total = field(body, 'total');
  const items = field(body, 'items');
  const changes = field(body, 'recentChanges');
  if (typeof total !== 'number' || total < atLeast || !Array.isArray(items) || !Array.isArray(changes))
    throw new Error(`the portfolio answered total ${String(total)}, expected ≥ ${atLeast}`);
  return `${formatCount(total)} projects, ${items.length} rows, ${changes.length} changes this week`;
}

function ganttPageNote(body: unknown, atLeast: number): string {
  const total = field(body, 'total');
  if (typeof total !== 'number' || total < atLeast)
    throw new Error(`the Gantt's total is ${String(total)}, expected ≥ ${atLeast}`);
  return `${ganttNote(body, Math.min(atLeast, GANTT_PAGE))} of ${formatCount(total)}`;
}

async function benchOne(kind: 'sqlite' | 'postgres', database: DatabaseConfig, dataDir: string, volume: Volume) {
  const config = benchConfig(database, dataDir);
  const running = await startZoneHub(config, pino({ level: 'warn' }));
  try {
    const started = performance.now();
    const loaded = await loadProjects(database, volume.projects);
    const handle = openDatabase(database);
    const meetings = await seedBenchMeetings(handle.db).finally(() => handle.destroy());
    const loadSeconds = (performance.now() - started) / 1000;
    const baseUrl = running.url ?? '';
    const { cookie } = await signIn(baseUrl, 'leader');
    const taskForceId = demoId(CHANGZI.code, 'unit', CHANGZI.taskForces[1] ?? '');
    const paths = {
      count: '/api/v1/projects?pageSize=1',
      red: '/api/v1/projects?ragStatus=red',
      dueSoon: '/api/v1/projects?sort=dueSoon&order=asc',
      portfolio: '/api/v1/projects/portfolio',
      portfolioRed: '/api/v1/projects/portfolio?ragStatus=red',
      ganttPage: `/api/v1/projects/gantt?pageSize=${GANTT_PAGE}`,
      ganttTaskForce: `/api/v1/projects/gantt?taskForceId=${taskForceId}&pageSize=200`,
    };
    const few = Math.max(5, Math.ceil(volume.iterations / 5));
    const red = loaded.byRag.red ?? 0;
    const perTaskForce = Math.floor(loaded.projects / CHANGZI.taskForces.length);
    const runs = [
      [
        'plain count of projects (list, pageSize=1)',
        paths.count,
        volume.iterations,
        (b: unknown) => listNote(b, loaded.projects),
      ],
      ['red projects, first page (20)', paths.red, volume.iterations, (b: unknown) => listNote(b, red)],
      [
        'all projects by next due day, first page (20)',
        paths.dueSoon,
        volume.iterations,
        (b: unknown) => listNote(b, loaded.projects),
      ],
      [
        "Gantt of one task force's projects",
        paths.ganttTaskForce,
        volume.iterations,
        (b: unknown) => ganttNote(b, perTaskForce),
      ],
      [
        'portfolio, first page (20)',
        paths.portfolio,
        volume.iterations,
        (b: unknown) => portfolioNote(b, loaded.projects),
      ],
      ['portfolio, red projects', paths.portfolioRed, volume.iterations, (b: unknown) => portfolioNote(b, red)],
      [
        `Gantt of all projects, first page (${GANTT_PAGE})`,
        paths.ganttPage,
        volume.iterations,
        (b: unknown) => ganttPageNote(b, loaded.projects),
      ],
    ] as const;
    const cases: ProjectsCase[] = [];
    let countP50: number | null = null;
    for (const [label, path, iterations, check] of runs) {
      const m = await measure(baseUrl, cookie, path, iterations, check);
      countP50 ??= m.p50Ms;
      cases.push({ label, path, ...m, ratioP50: cases.length === 0 ? null : ratioOf(m.p50Ms, countP50) });
    }
    const walk = await walkGantt(baseUrl, cookie, few, loaded.projects);
    cases.push({
      label: `Gantt of all projects, every page walked (per page)`,
      path: `${paths.ganttPage}&page=…`,
      ...walk,
      ratioP50: ratioOf(walk.p50Ms, countP50 ?? walk.p50Ms),
    });
    const calendar = await timeCalendar(baseUrl, database, volume.calendarRounds);
    return { database: kind, ...loaded, loadSeconds, meetings, cases, calendar } satisfies ProjectsBenchResult;
  } finally {
    await running.stop();
  }
}

export async function benchProjects(options: {
  sqliteOnly: boolean;
  projects?: number;
  iterations?: number;
  calendarRounds?: number;
}): Promise<ProjectsBenchResult[]> {
  const volume: Volume = {
    projects: options.projects ?? 2_000,
    iterations: options.iterations ?? 50,
    calendarRounds: options.calendarRounds ?? 3,
  };
  return onEachDatabase('projects', options.sqliteOnly, (kind, database, dir) => benchOne(kind, database, dir, volume));
}

export function formatProjectsTable(results: readonly ProjectsBenchResult[]): string {
  const rows = results.flatMap((r) => {
    const c = r.calendar;
    return [
      [
        `${r.database}: +${formatCount(r.projects)} projects, ${formatCount(r.milestones)} milestones, ${formatCount(r.dependencies)} dependencies (${formatCount(r.byRag.red ?? 0)} red), ${formatCount(r.changes)} changes, ${formatCount(r.meetings.meetings)} meetings / ${formatCount(r.meetings.outcomes)} outcomes`,
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
        x.ratioP50 === null ? '' : x.p95Ms < AIM_P95_MS ? 'yes' : 'NO',
        x.note,
      ]),
      [
        `  calendar change ${c.day}: PUT holiday (p50 / max)`,
        formatMs(c.putP50Ms),
        formatMs(c.putMaxMs),
        '',
        '',
        `${formatCount(c.milestonesChanged)} milestones, ${formatCount(c.projectsChanged)} projects recomputed; ${formatCount(c.milestoneStatusesChanged)} changed light`,
      ],
      ['  calendar change: DELETE it again (p50 / max)', formatMs(c.deleteP50Ms), formatMs(c.deleteMaxMs), '', '', ''],
    ];
  });
  return formatTable(
    ['projects (sequential requests over HTTP)', 'p50', 'p95', 'p50 ÷ count', `p95 < ${AIM_P95_MS} ms`, 'answer'],
    rows,
  );
}

if (isEntryPoint(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      'sqlite-only': { type: 'boolean', default: false },
      projects: { type: 'string', default: '2000' },
      iterations: { type: 'string', default: '50' },
      'calendar-rounds': { type: 'string', default: '3' },
    },
  });
  const results = await benchProjects({
    sqliteOnly: values['sqlite-only'],
    projects: Number(values.projects),
    iterations: Number(values.iterations),
    calendarRounds: Number(values['calendar-rounds']),
  });
  console.log(formatProjectsTable(results));
}
