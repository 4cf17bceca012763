/**
 * HTTP helpers of the projects benchmark, the walk through every page of the Gantt, and its
 * calendar-change timing: as `zoneadmin`, a working
 * day of next month made a holiday and back (PUT / DELETE /api/v1/projects/calendar/overrides/<day>),
 * each of which recomputes every light of the zone in its transaction, timed end to end.
 */
import { WorkingCalendar } from '@zonehub/working-calendar';
import type { DatabaseConfig } from '../server/src/config/config.js';
import { openDatabase } from '../server/src/db/database.js';
import { demoZoneToday } from '../server/src/demo/demo-projects.js';
import { CHANGZI } from '../server/src/demo/demo-zones.js';
import { demoId } from '../server/src/demo/seed.js';
import { formatCount, formatMs } from './report-table.js';

const DEMO_PASSWORD = 'Demo@2026';
/** The all-projects Gantt's page size in the benchmark (the route's default). */
export const GANTT_PAGE = 50;

export interface CalendarRecompute {
  day: string;
  putP50Ms: number;
  putMaxMs: number;
  deleteP50Ms: number;
  deleteMaxMs: number;
  /** From the PUT's answer: milestones whose light or slack changed, and projects whose light/slack/stage did. */
  milestonesChanged: number;
  projectsChanged: number;
  /** Milestones whose status (not only slack) moved, counted in the database around the first PUT. */
  milestoneStatusesChanged: number;
}

export interface Session {
  cookie: string;
  /** Sent as x-csrf-token on writes. */
  csrf: string;
}

export async function signIn(baseUrl: string, username: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('zonehub_session='));
  if (!cookie) throw new Error('login set no session cookie');
  const csrf = field(await response.json(), 'csrfToken');
  if (typeof csrf !== 'string') throw new Error('login gave no CSRF token');
  return { cookie, csrf };
}

export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

export const field = (body: unknown, name: string): unknown =>
  typeof body === 'object' && body !== null && name in body ? (body as Record<string, unknown>)[name] : undefined;

/** The first working day on or after the 10th of next month (statutory calendar, zone's today). */
function workdayNextMonth(today: string): string {
  const [year, month] = today.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 2026, month ?? 1, 10)).toISOString().slice(0, 10);
  return new WorkingCalendar().addWorkdays(next, 0);
}

/** Every milestone's stored light in the zone, read from the server's database. */
async function lightsOf(database: DatabaseConfig): Promise<Map<string, string>> {
  const handle = openDatabase(database);
  try {
    const rows = await handle.db
      .selectFrom('projectMilestones')
      .select(['id', 'ragStatus'])
      .where('zoneId', '=', demoId('zone', CHANGZI.code))
      .execute();
    return new Map(rows.map((r) => [r.id, r.ragStatus]));
  } finally {
    await handle.destroy();
  }
}

export async function timeCalendar(
  baseUrl: string,
  database: DatabaseConfig,
  rounds: number,
): Promise<CalendarRecompute> {
  const { cookie, csrf } = await signIn(baseUrl, 'zoneadmin');
  const day = workdayNextMonth(demoZoneToday(new Date()));
  const url = `${baseUrl}/api/v1/projects/calendar/overrides/${day}`;
  const puts: number[] = [];
  const deletes: number[] = [];
  let changed = { milestones: 0, projects: 0 };
  let statusesChanged = 0;
  for (let round = 0; round < rounds; round++) {
    const before = round === 0 ? await lightsOf(database) : null;
    let started = performance.now();
    const put = await fetch(url, {
      method: 'PUT',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'holiday', name: '基准测试临时假日' }),
    });
    const body: unknown = await put.json();
    puts.push(performance.now() - started);
    if (put.status !== 200) throw new Error(`PUT ${url} answered ${put.status}: ${JSON.stringify(body)}`);
    const recomputed = field(body, 'recomputed');
    changed = {
      milestones: Number(field(recomputed, 'milestones') ?? 0),
      projects: Number(field(recomputed, 'projects') ?? 0),
    };
    if (before) {
      const after = await lightsOf(database);
      for (const [id, status] of after) if (before.get(id) !== status) statusesChanged++;
    }
    started = performance.now();
    const removed = await fetch(url, { method: 'DELETE', headers: { cookie, 'x-csrf-token': csrf } });
    deletes.push(performance.now() - started);
    if (removed.status !== 204) throw new Error(`DELETE ${url} answered ${removed.status}: ${await removed.text()}`);
  }
  puts.sort((a, b) => a - b);
  deletes.sort((a, b) => a - b);
  return {
    day,
    putP50Ms: percentile(puts, 50),
    putMaxMs: puts[puts.length - 1] ?? 0,
    deleteP50Ms: percentile(deletes, 50),
    deleteMaxMs: deletes[deletes.length - 1] ?? 0,
    milestonesChanged: changed.milestones,
    projectsChanged: changed.projects,
    milestoneStatusesChanged: statusesChanged,
  };
}

/**
 * Every page of the all-projects Gantt in turn (pageSize 50), `rounds` times: p50/p95 of a single
 * page's request, and the note gives the pages and the median time of one whole walk.
 */
export async function walkGantt(baseUrl: string, cookie: string, rounds: number, atLeast: number) {
  const get = async (page: number) => {
    const response = await fetch(`${baseUrl}/api/v1/projects/gantt?pageSize=${GANTT_PAGE}&page=${page}`, {
      headers: { cookie },
    });
    const body: unknown = await response.json();
    if (response.status !== 200) throw new Error(`the Gantt's page ${page} answered ${response.status}`);
    return body;
  };
  const total = field(await get(1), 'total');
  if (typeof total !== 'number' || total < atLeast) throw new Error(`the Gantt's total is ${String(total)}`);
  const pages = Math.ceil(total / GANTT_PAGE);
  const times: number[] = [];
  const walks: number[] = [];
  let seen = 0;
  for (let round = 0; round < rounds; round++) {
    const walkStarted = performance.now();
    seen = 0;
    for (let page = 1; page <= pages; page++) {
      const started = performance.now();
      const items = field(await get(page), 'items');
      times.push(performance.now() - started);
      seen += Array.isArray(items) ? items.length : 0;
    }
    walks.push(performance.now() - walkStarted);
  }
  if (seen !== total) throw new Error(`walking the Gantt saw ${seen} projects of ${total}`);
  times.sort((a, b) => a - b);
  walks.sort((a, b) => a - b);
  const note = `${pages} pages, ${formatCount(seen)} projects; one walk ${formatMs(percentile(walks, 50))}`;
  return { p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), note };
}
