import { DEMO_USERNAME_BY_ROLE } from '@zonehub/access';
import { WorkingCalendar } from '@zonehub/working-calendar';
import type { Db } from '../db/database.js';
import { seededRandom } from './demo-enterprise-generator.js';
import {
  addAgenda,
  addDays,
  addMeeting,
  addOutcome,
  type Ctx,
  closeAfter,
  fill,
  type Held,
  mondayOf,
  newSeries,
  pick,
  ZONE,
} from './demo-meetings-rows.js';
import { OUTSIDE_ATTENDEES, TALK, ZONE_TALK } from './demo-meetings-text.js';
import { demoZoneToday } from './demo-projects.js';
import { CHANGZI_PROJECTS } from './demo-projects-named.js';
import { demoId } from './seed.js';

/**
 * DEMO DATA (dispatch meetings, issue 5): for 长子, a 周调度 series per task force with demo projects,
 * meeting on the first working day of each of the last 52 weeks, with the task force's people, an
 * agenda item per project, progress, decisions and action items (owners from the task force, due in
 * a week or two); most actions are closed with a result one to four meetings later, the latest
 * (and a few older ones) are still open, so carried-over items show real ages. Two meetings in
 * three of 星萌 and 丹朱 are not on site, the rest are (现场交办). Zone-wide: 12 月汇总, 4 季分析 and one
 * 年交账; a 日碰头 for 星萌 over the last two weeks. Deterministic for `now`; every row is_demo = 1.
 */

const WEEKS = 52;

/** Held days: the first working day of each of the last 52 weeks (a week of holidays has none). */
function weeklyDays(c: Ctx): string[] {
  const days: string[] = [];
  const thisMonday = mondayOf(c.today);
  for (let w = WEEKS - 1; w >= 0; w--) {
    const monday = addDays(thisMonday, -7 * w);
    const day = c.calendar.addWorkdays(monday, 0);
    if (day <= c.today && day < addDays(monday, 7)) days.push(day);
  }
  return days;
}

const SITES: Record<string, { place: string; enterprise: string | null }> = {
  xingmeng: { place: '星萌冻干食品产业园二期施工现场', enterprise: '山西星萌科技有限公司' },
  danzhu: { place: '丹朱总部经济园区施工现场', enterprise: null },
};

function taskForceSeries(c: Ctx, taskForce: string, staff: string[], leaderId: string): void {
  const specs = CHANGZI_PROJECTS.filter((p) => p.taskForce === taskForce);
  const taskForceId = demoId(ZONE, 'unit', taskForce);
  const seriesId = newSeries(
    c,
    `weekly/${taskForce}`,
    `${taskForce.replace(/专班$/, '')}周调度会`,
    'weekly',
    taskForceId,
    staff[0] ?? null,
    '管委会三楼会议室',
  );
  const days = weeklyDays(c);
  const held: Held[] = [];
  const siteKey = specs.find((s) => SITES[s.key])?.key;
  for (const [i, day] of days.entries()) {
    const site = siteKey && i % 3 === 2 ? SITES[siteKey] : undefined;
    const people = [...staff.slice(0, 4), ...(i % 4 === 0 ? [leaderId] : [])];
    const id = addMeeting(c, seriesId, `weekly/${taskForce}`, day, {
      startsAt: '09:00',
      place: site?.place ?? '管委会三楼会议室',
      onSite: site !== undefined,
      siteEnterpriseId: site?.enterprise ? demoId(ZONE, 'enterprise', site.enterprise) : null,
      people,
      outside: site ? (OUTSIDE_ATTENDEES[siteKey ?? ''] ?? []) : [],
    });
    held.push({ id, heldOn: day });
  }
  for (const [i] of held.entries())
    for (const [k, spec] of specs.entries()) {
      const talk = TALK[spec.key];
      if (!talk) continue;
      const projectId = demoId(ZONE, 'project', spec.key);
      const agendaId = addAgenda(c, (held[i] as Held).id, k + 1, `${spec.name}推进情况`, projectId);
      const p = Math.min(100, Math.round(15 + (85 * (i + 1)) / held.length));
      const base = { agendaItemId: agendaId, projectId };
      addOutcome(c, seriesId, held, i, { kind: 'info', text: fill(pick(talk.info, i + k), { p }), ...base });
      if (i % 3 === 1) addOutcome(c, seriesId, held, i, { kind: 'decision', text: pick(talk.decisions, i), ...base });
      if (i % 5 !== 4 || i >= held.length - 2) {
        const [text, result] = pick(talk.actions, i + k);
        addOutcome(
          c,
          seriesId,
          held,
          i,
          { kind: 'action', text, ...base },
          {
            ownerId: pick(staff, i + k),
            dueWorkdays: 5 + Math.floor(c.random() * 6),
            result,
            closeAfter: closeAfter(c, i, held.length),
            closedBy: staff[0] ?? pick(staff, 0),
          },
        );
      }
    }
}

/** A zone-wide series on the given days, reviewing every demo project, led by the leader. */
function zoneSeries(
  c: Ctx,
  key: 'monthly' | 'quarterly' | 'annual',
  name: string,
  days: string[],
  people: string[],
  owners: string[],
): void {
  const seriesId = newSeries(c, key, name, key, null, people[0] ?? null, '管委会一楼大会议室');
  const talk = ZONE_TALK[key];
  const held = days.map((day) => ({
    id: addMeeting(c, seriesId, key, day, {
      startsAt: '15:00',
      place: '管委会一楼大会议室',
      onSite: false,
      siteEnterpriseId: null,
      people,
      outside: [],
    }),
    heldOn: day,
  }));
  for (const [i, m] of held.entries()) {
    const agendaId = addAgenda(c, m.id, 1, name.replace(/会$/, ''), null);
    CHANGZI_PROJECTS.forEach((spec, k) => {
      addAgenda(c, m.id, k + 2, spec.name, demoId(ZONE, 'project', spec.key));
    });
    const values = { n: CHANGZI_PROJECTS.length, r: 2 + (i % 3), c: 86 + (i % 9), d: 10 + i, s: 3 + (i % 4) };
    addOutcome(c, seriesId, held, i, {
      kind: 'info',
      text: fill(talk.info, values),
      agendaItemId: agendaId,
      projectId: null,
    });
    addOutcome(c, seriesId, held, i, {
      kind: 'decision',
      text: talk.decision,
      agendaItemId: agendaId,
      projectId: null,
    });
    for (const [k, [text, result]] of talk.actions.entries())
      addOutcome(
        c,
        seriesId,
        held,
        i,
        { kind: 'action', text, agendaItemId: agendaId, projectId: null },
        {
          ownerId: pick(owners, i + k),
          dueWorkdays: 8,
          result,
          closeAfter: i + 1 < held.length ? 1 : null,
          closedBy: people[0] ?? pick(owners, 0),
          // The latest zone meeting's actions are worked off by their due day, not left for a year.
          closedBetween: true,
        },
      );
  }
}

function dailySeries(c: Ctx, staff: string[]): void {
  const taskForceId = demoId(ZONE, 'unit', '星萌冻干项目专班');
  const seriesId = newSeries(
    c,
    'daily/xingmeng',
    '星萌冻干二期日碰头会',
    'daily',
    taskForceId,
    staff[0] ?? null,
    '二期项目部',
  );
  const days: string[] = [];
  for (let d = 13; d >= 0; d--) if (c.calendar.isWorkday(addDays(c.today, -d))) days.push(addDays(c.today, -d));
  const projectId = demoId(ZONE, 'project', 'xingmeng');
  const held = days.map((day) => ({
    id: addMeeting(c, seriesId, 'daily', day, {
      startsAt: '08:00',
      place: '二期项目部',
      onSite: true,
      siteEnterpriseId: demoId(ZONE, 'enterprise', '山西星萌科技有限公司'),
      people: staff.slice(0, 3),
      outside: OUTSIDE_ATTENDEES.xingmeng ?? [],
    }),
    heldOn: day,
  }));
  for (const [i, m] of held.entries()) {
    const agendaId = addAgenda(c, m.id, 1, '二期主体结构当日进度', projectId);
    const base = { agendaItemId: agendaId, projectId };
    addOutcome(c, seriesId, held, i, {
      kind: 'info',
      text: fill(ZONE_TALK.daily.info, { n: 120 + i * 3, r: 3 }),
      ...base,
    });
    const [text, result] = pick(ZONE_TALK.daily.actions, i);
    addOutcome(
      c,
      seriesId,
      held,
      i,
      { kind: 'action', text, ...base },
      {
        ownerId: pick(staff, i),
        dueWorkdays: 1,
        result,
        closeAfter: i + 1 < held.length ? 1 : null,
        closedBy: staff[0] ?? pick(staff, 0),
      },
    );
  }
}

/** Days of the zone-wide series: first working day of the last 12 months, 4 quarters, last year's review. */
function zoneDays(c: Ctx) {
  const [y, m] = c.today.split('-').map(Number) as [number, number];
  const firstOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
  const monthIndex = y * 12 + m - 1;
  const at = (first: string, n: number) => c.calendar.addWorkdays(first, n);
  const monthly = Array.from({ length: 12 }, (_, k) => at(firstOf(monthIndex - 11 + k), 2)).filter((d) => d <= c.today);
  const quarterIndex = monthIndex - ((m - 1) % 3);
  const quarterly = Array.from({ length: 4 }, (_, k) => at(firstOf(quarterIndex - 9 + 3 * k), 7)).filter(
    (d) => d <= c.today,
  );
  const annual = [at(`${y}-01-01`, 10) <= c.today ? at(`${y}-01-01`, 10) : at(`${y - 1}-01-01`, 10)];
  return { monthly, quarterly, annual };
}

/** Rows in slices small enough for one statement's parameters on both databases. */
function slices<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += 400) out.push(rows.slice(i, i + 400));
  return out;
}

export async function seedDemoMeetings(trx: Db, now: Date): Promise<void> {
  const zoneId = demoId('zone', ZONE);
  const taskForces = [...new Set(CHANGZI_PROJECTS.map((p) => p.taskForce))];
  const members = await trx
    .selectFrom('userOrgUnits')
    .innerJoin('users', 'users.id', 'userOrgUnits.userId')
    .select(['users.id', 'users.displayName', 'users.username', 'userOrgUnits.orgUnitId'])
    .where(
      'userOrgUnits.orgUnitId',
      'in',
      taskForces.map((tf) => demoId(ZONE, 'unit', tf)),
    )
    .orderBy('users.username')
    .execute();
  const c: Ctx = {
    zoneId,
    today: demoZoneToday(now),
    stamp: now.toISOString(),
    calendar: new WorkingCalendar(),
    random: seededRandom(20261129),
    rows: { series: [], meetings: [], attendees: [], agenda: [], outcomes: [] },
    users: new Map(members.map((u) => [u.id, u.displayName])),
  };
  const leaderId = demoId('user', DEMO_USERNAME_BY_ROLE.leader);
  const adminId = demoId('user', DEMO_USERNAME_BY_ROLE.zoneAdmin);
  for (const id of [leaderId, adminId]) {
    const u = await trx.selectFrom('users').select('displayName').where('id', '=', id).executeTakeFirst();
    if (u) c.users.set(id, u.displayName);
  }
  // The demo task-force account first: it chairs 星萌's meetings and owns some of their actions.
  const staffOf = (tf: string) =>
    members
      .filter((u) => u.orgUnitId === demoId(ZONE, 'unit', tf))
      .sort(
        (a, b) =>
          Number(b.username === DEMO_USERNAME_BY_ROLE.taskForceMember) -
          Number(a.username === DEMO_USERNAME_BY_ROLE.taskForceMember),
      )
      .map((u) => u.id);
  for (const tf of taskForces) taskForceSeries(c, tf, staffOf(tf), leaderId);
  const heads = taskForces.flatMap((tf) => staffOf(tf).slice(0, 1));
  const days = zoneDays(c);
  zoneSeries(c, 'monthly', '全区重点项目月汇总会', days.monthly, [leaderId, adminId, ...heads], heads);
  zoneSeries(c, 'quarterly', '重点项目季度分析会', days.quarterly, [leaderId, adminId, ...heads], heads);
  zoneSeries(c, 'annual', '重点项目年度交账会', days.annual, [leaderId, adminId, ...heads], heads);
  dailySeries(c, staffOf('星萌冻干项目专班'));
  const { series, meetings, attendees, agenda, outcomes } = c.rows;
  await trx.insertInto('meetingSeries').values(series).execute();
  for (const part of slices(meetings)) await trx.insertInto('meetings').values(part).execute();
  for (const part of slices(attendees)) await trx.insertInto('meetingAttendees').values(part).execute();
  for (const part of slices(agenda)) await trx.insertInto('meetingAgendaItems').values(part).execute();
  for (const part of slices(outcomes)) await trx.insertInto('meetingOutcomes').values(part).execute();
}
