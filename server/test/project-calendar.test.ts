import { WorkingCalendar } from '@zonehub/working-calendar';
import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../src/features/projects/rag.service.js';
import {
  API,
  addMilestone,
  clients,
  createProject,
  detailOf,
  type Problem,
  type ProjectView,
  setUpProjectWorld,
  t,
  today,
  zoneId,
} from './project-world.js';

setUpProjectWorld();

const calendar = new WorkingCalendar();

async function storedLight(projectId: string) {
  const row = await t.ctx.db
    .selectFrom('projects')
    .select(['ragStatus', 'ragSlackWorkdays'])
    .where('id', '=', projectId)
    .executeTakeFirstOrThrow();
  return { ragStatus: row.ragStatus, ragSlackWorkdays: Number(row.ragSlackWorkdays) };
}

describe('project settings and the working calendar', () => {
  it('moves the amber threshold for the whole zone and recomputes its lights', async () => {
    const initial = await clients.admin.get(`${API}/settings`);
    expect(initial.json()).toEqual({ amberWorkdays: 5, escalateAfterWorkdays: 3 });
    const project = await createProject();
    await addMilestone(project, { plannedStartOn: today, dueOn: calendar.addWorkdays(today, 8) });
    expect(await storedLight(project.id)).toEqual({ ragStatus: 'green', ragSlackWorkdays: 8 });

    const put = await clients.admin.put(`${API}/settings`, { amberWorkdays: 10, escalateAfterWorkdays: 3 });
    expect(put.statusCode, put.body).toBe(200);
    expect(await storedLight(project.id)).toEqual({ ragStatus: 'amber', ragSlackWorkdays: 8 });
    const ambers = await clients.member.get(`${API}?ragStatus=amber&q=PJT`);
    expect(ambers.json<{ items: ProjectView[] }>().items.map((p) => p.id)).toContain(project.id);
    expect((await detailOf(project)).milestones[0]?.rule.amberWorkdays).toBe(10);

    expect(
      (await clients.member.put(`${API}/settings`, { amberWorkdays: 1, escalateAfterWorkdays: 1 })).statusCode,
    ).toBe(403);
    const bad = await clients.admin.put(`${API}/settings`, { amberWorkdays: -1, escalateAfterWorkdays: 3 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors?.[0]?.field).toContain('amberWorkdays');

    await clients.admin.put(`${API}/settings`, { amberWorkdays: 5, escalateAfterWorkdays: 3 });
    expect(await storedLight(project.id)).toEqual({ ragStatus: 'green', ragSlackWorkdays: 8 });
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityType', '=', 'projectSettings')
      .where('zoneId', '=', zoneId)
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('lists every day of a year with its reason', async () => {
    const year = Number(today.slice(0, 4));
    const response = await clients.admin.get(`${API}/calendar?year=${year}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{ days: { day: string; workday: boolean; reason: string }[]; covered: boolean }>();
    const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
    expect(body.days).toHaveLength(leap ? 366 : 365);
    expect(body.days[0]?.day).toBe(`${year}-01-01`);
    expect(body.days[0]).toMatchObject({ workday: false });
    expect(new Set(body.days.map((d) => d.reason))).toContain('weekend');
    expect((await clients.admin.get(`${API}/calendar?year=1900`)).statusCode).toBe(400);
    expect((await clients.leader.get(`${API}/calendar?year=${year}`)).statusCode).toBe(403);
  });

  it('makes a workday a holiday for the zone: slack shrinks and the light turns amber; removing it undoes that', async () => {
    const project = await createProject();
    const dueOn = calendar.addWorkdays(today, 6);
    await addMilestone(project, { plannedStartOn: today, dueOn });
    expect(await storedLight(project.id)).toEqual({ ragStatus: 'green', ragSlackWorkdays: 6 });

    const day = calendar.addWorkdays(today, 1);
    const put = await clients.admin.put(`${API}/calendar/overrides/${day}`, {
      kind: 'holiday',
      name: '开发区停电检修',
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(await storedLight(project.id)).toEqual({ ragStatus: 'amber', ragSlackWorkdays: 5 });
    const item = (await detailOf(project)).milestones[0];
    expect(item?.rule).toMatchObject({ status: 'amber', slackWorkdays: 5 });
    const year = await clients.admin.get(`${API}/calendar?year=${day.slice(0, 4)}`);
    const days = year.json<{ days: { day: string; reason: string; name: string | null }[]; overrides: unknown[] }>();
    expect(days.days.find((d) => d.day === day)).toMatchObject({ reason: 'overrideHoliday', name: '开发区停电检修' });
    expect(days.overrides).toEqual([{ day, kind: 'holiday', name: '开发区停电检修' }]);

    expect(
      (await clients.member.put(`${API}/calendar/overrides/${day}`, { kind: 'workday', name: 'x' })).statusCode,
    ).toBe(403);
    expect(
      (await clients.admin.put(`${API}/calendar/overrides/2026-13-01`, { kind: 'holiday', name: 'x' })).statusCode,
    ).toBe(400);

    const removed = await clients.admin.delete(`${API}/calendar/overrides/${day}`);
    expect(removed.statusCode).toBe(204);
    expect(await storedLight(project.id)).toEqual({ ragStatus: 'green', ragSlackWorkdays: 6 });
    expect((await clients.admin.delete(`${API}/calendar/overrides/${day}`)).statusCode).toBe(404);
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityType', '=', 'calendarOverride')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['project.calendar.override', 'project.calendar.overrideDelete']);
  });

  it('reuses the zone calendar between requests until a correction changes it', async () => {
    const before = await loadCalendar(t.ctx.db, zoneId);
    expect(await loadCalendar(t.ctx.db, zoneId)).toBe(before);
    const day = calendar.addWorkdays(today, 2);
    expect(before.isWorkday(day)).toBe(true);
    expect(
      (await clients.admin.put(`${API}/calendar/overrides/${day}`, { kind: 'holiday', name: '检修' })).statusCode,
    ).toBe(200);
    const after = await loadCalendar(t.ctx.db, zoneId);
    expect(after.isWorkday(day)).toBe(false);
    expect(await loadCalendar(t.ctx.db, zoneId)).toBe(after);
    await clients.admin.delete(`${API}/calendar/overrides/${day}`);
    expect((await loadCalendar(t.ctx.db, zoneId)).isWorkday(day)).toBe(true);
  });

  it('shows the Gantt of one project and of a filtered list', async () => {
    const project = await createProject(clients.member, { template: true, signedOn: today, name: 'PJT 甘特' });
    const one = await clients.member.get(`${API}/${project.id}/gantt`);
    expect(one.statusCode, one.body).toBe(200);
    const gantt = one.json<{
      today: string;
      items: { projectId: string; milestones: { baselineDueOn: string }[] }[];
    }>();
    expect(gantt.today).toBe(today);
    expect(gantt.items).toHaveLength(1);
    expect(gantt.items[0]?.milestones).toHaveLength(project.milestones.length);
    const listed = await clients.member.get(`${API}/gantt?q=${encodeURIComponent('PJT 甘特')}`);
    expect(listed.json<{ items: { projectId: string }[] }>().items.map((i) => i.projectId)).toEqual([project.id]);
    expect((await clients.enterprise.get(`${API}/${project.id}/gantt`)).statusCode).toBe(404);
  });
});

describe('project options', () => {
  interface Options {
    taskForces: { name: string; mine: boolean }[];
    parks: { name: string }[];
    leaders: { displayName: string }[];
    owners: { displayName: string }[];
  }

  it('gives the roles that push projects the form choices, the caller’s task forces first', async () => {
    const forMember = (await clients.member.get(`${API}/options`)).json<Options>();
    expect(forMember.taskForces[0]).toMatchObject({ name: '星萌冻干项目专班', mine: true });
    expect(forMember.taskForces.filter((f) => f.mine)).toHaveLength(1);
    expect(forMember.leaders.map((l) => l.displayName)).toEqual(['管委会领导（演示）']);
    expect(forMember.owners.some((o) => o.displayName === '专班成员（演示）')).toBe(true);
    const forAdmin = (await clients.admin.get(`${API}/options`)).json<Options>();
    expect(forAdmin.owners.length).toBeGreaterThan(1);
    expect((await clients.department.get(`${API}/options`)).statusCode).toBe(403);
  });

  it('gives an enterprise user no staff directory and no task forces, only the parks to filter by', async () => {
    // The enterprise user has no investment access: the project pages must not depend on it.
    const response = await clients.enterprise.get(`${API}/options`);
    expect(response.statusCode).toBe(200);
    expect((await clients.enterprise.get('/api/v1/investment/options')).statusCode).toBe(403);
    const options = response.json<Options>();
    expect(options).toMatchObject({ taskForces: [], leaders: [], owners: [] });
    expect(options.parks.length).toBeGreaterThan(0);
    // No name of anyone working in the zone anywhere in the answer.
    const staff = await t.ctx.db
      .selectFrom('users')
      .innerJoin('userZoneRoles', 'userZoneRoles.userId', 'users.id')
      .select('users.displayName')
      .where('userZoneRoles.zoneId', '=', zoneId)
      .where('userZoneRoles.role', '!=', 'enterpriseUser')
      .execute();
    expect(staff.length).toBeGreaterThan(5);
    for (const { displayName } of staff) expect(response.body).not.toContain(displayName);
  });

  it('gives leaders and park staff, who edit no project fields, the filters but no staff lists', async () => {
    for (const client of [clients.leader, clients.park]) {
      const options = (await client.get(`${API}/options`)).json<Options>();
      expect(options.taskForces).toHaveLength(11);
      expect(options).toMatchObject({ leaders: [], owners: [] });
    }
  });
});
