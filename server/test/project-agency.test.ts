import { WorkingCalendar } from '@zonehub/working-calendar';
import { describe, expect, it } from 'vitest';
import type { Client } from './helper.js';
import {
  API,
  clients,
  createProject,
  daysFrom,
  ids,
  type Problem,
  setUpProjectWorld,
  t,
  today,
} from './project-world.js';

setUpProjectWorld();

interface AgencyItemView {
  id: string;
  projectId: string;
  item: string;
  departmentId: string;
  departmentName: string;
  submittedOn: string | null;
  acceptedOn: string | null;
  approvedOn: string | null;
  statutoryDays: number;
  tolerance: boolean;
  commitment: boolean;
  handledByName: string | null;
  notes: string | null;
  elapsedWorkdays: number | null;
  overdue: boolean;
  version: number;
  canUpdate: boolean;
}
interface DepartmentStatsView {
  departmentId: string;
  count: number;
  approvedCount: number;
  meanWorkdaysToApproval: number | null;
  maxWorkdaysToApproval: number | null;
  overdueOpenCount: number;
}

const itemsUrl = (projectId: string) => `${API}/${projectId}/agency-items`;

async function addItem(projectId: string, body: Record<string, unknown>, client: Client = clients.member) {
  const response = await client.post(itemsUrl(projectId), {
    item: 'PJT 环评批复',
    departmentId: ids.环保服务所,
    statutoryDays: 20,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<AgencyItemView>();
}

const patch = (projectId: string, item: { id: string }, body: Record<string, unknown>, client = clients.member) =>
  client.patch(`${itemsUrl(projectId)}/${item.id}`, body);

async function listOf(projectId: string, client: Client = clients.member) {
  const response = await client.get(itemsUrl(projectId));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: AgencyItemView[] }>().items;
}

describe('approval items of a project', () => {
  it('creates, lists and updates an item, with working days on the statutory calendar, audited', async () => {
    const project = await createProject();
    const submittedOn = daysFrom(-20);
    const created = await addItem(project.id, { submittedOn, tolerance: true, handledByName: '王科长' });
    const elapsed = new WorkingCalendar().workdaysBetween(submittedOn, today);
    expect(created).toMatchObject({
      item: 'PJT 环评批复',
      departmentName: '环保服务所',
      tolerance: true,
      commitment: false,
      elapsedWorkdays: elapsed,
      overdue: elapsed > 20,
      version: 1,
      canUpdate: true,
    });
    expect((await listOf(project.id)).map((i) => i.id)).toEqual([created.id]);

    const approved = await patch(project.id, created, {
      version: 1,
      acceptedOn: submittedOn,
      approvedOn: daysFrom(-6),
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json<AgencyItemView>()).toMatchObject({
      version: 2,
      approvedOn: daysFrom(-6),
      elapsedWorkdays: new WorkingCalendar().workdaysBetween(submittedOn, daysFrom(-6)),
    });
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', created.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['agencyItem.create', 'agencyItem.update']);
  });

  it('tells the later of two saves of the same version of the conflict', async () => {
    const project = await createProject();
    const item = await addItem(project.id, {});
    expect((await patch(project.id, item, { version: 1, notes: '先到' })).statusCode).toBe(200);
    const late = await patch(project.id, item, { version: 1, notes: '后到' });
    expect(late.statusCode).toBe(409);
    expect(late.json<Problem>().code).toBe('project.versionConflict');
    expect((await listOf(project.id))[0]?.notes).toBe('先到');
  });

  it('refuses dates out of order or in the future, naming each field, and writes nothing', async () => {
    const project = await createProject();
    const bad = await clients.member.post(itemsUrl(project.id), {
      item: 'PJT 规划许可',
      departmentId: ids.住建服务所,
      statutoryDays: 10,
      submittedOn: daysFrom(1),
      acceptedOn: daysFrom(-5),
      approvedOn: daysFrom(-9),
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json<Problem>()
        .errors?.map((e) => `${e.field}:${e.code}`)
        .sort(),
    ).toEqual([
      'body.acceptedOn:acceptedBeforeSubmitted',
      'body.approvedOn:approvedBeforeAccepted',
      'body.submittedOn:dateInFuture',
    ]);
    const notDepartment = await clients.member.post(itemsUrl(project.id), {
      item: 'PJT 规划许可',
      departmentId: ids.星萌冻干项目专班,
      statutoryDays: 400,
    });
    expect(notDepartment.statusCode).toBe(400);
    expect(await listOf(project.id)).toEqual([]);

    const item = await addItem(project.id, { submittedOn: daysFrom(-10) });
    const backwards = await patch(project.id, item, { version: 1, acceptedOn: daysFrom(-12) });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<Problem>().errors?.[0]).toMatchObject({
      field: 'body.acceptedOn',
      code: 'acceptedBeforeSubmitted',
    });
    expect((await listOf(project.id))[0]).toMatchObject({ acceptedOn: null, version: 1 });
  });
});

describe('who sees and updates approval items', () => {
  it('gives the handling department its items across projects, and only its dates, handler and notes', async () => {
    const project = await createProject();
    const ours = await addItem(project.id, { submittedOn: daysFrom(-3) });
    const theirs = await addItem(project.id, { departmentId: ids.住建服务所, item: 'PJT 施工许可' });

    const desk = await clients.department.get(`${API}/agency-items`);
    expect(desk.statusCode, desk.body).toBe(200);
    const seen = desk.json<{ items: AgencyItemView[] }>().items;
    expect(seen.map((i) => i.id)).toContain(ours.id);
    expect(seen.every((i) => i.departmentId === ids.环保服务所)).toBe(true);
    expect(seen.find((i) => i.id === ours.id)?.canUpdate).toBe(true);
    const open = await clients.department.get(`${API}/agency-items?status=approved`);
    expect(open.json<{ items: AgencyItemView[] }>().items.map((i) => i.id)).not.toContain(ours.id);

    const handled = await patch(
      project.id,
      ours,
      { version: 1, acceptedOn: daysFrom(-2), handledByName: '李工' },
      clients.department,
    );
    expect(handled.statusCode, handled.body).toBe(200);
    expect(handled.json<AgencyItemView>()).toMatchObject({
      acceptedOn: daysFrom(-2),
      handledByName: '李工',
      version: 2,
    });
    expect((await patch(project.id, ours, { version: 2, statutoryDays: 60 }, clients.department)).statusCode).toBe(403);
    expect((await patch(project.id, theirs, { version: 1, notes: '不是我们的' }, clients.department)).statusCode).toBe(
      403,
    );
    expect((await clients.department.get(itemsUrl(project.id))).statusCode).toBe(403);
    expect(
      (
        await clients.department.post(itemsUrl(project.id), {
          item: 'x',
          departmentId: ids.环保服务所,
          statutoryDays: 5,
        })
      ).statusCode,
    ).toBe(403);

    const departments = await clients.department.get(`${API}/agency-departments`);
    expect(departments.json<{ items: { id: string; name: string }[] }>().items.map((d) => d.name)).toContain(
      '住建服务所',
    );
    expect(departments.json<{ items: { id: string }[] }>().items.map((d) => d.id)).not.toContain(ids.星萌冻干项目专班);

    const taskForce = await clients.member.get(`${API}/agency-items?departmentId=${ids.住建服务所}`);
    expect(taskForce.json<{ items: AgencyItemView[] }>().items.map((i) => i.id)).toContain(theirs.id);
  });

  it('shows an enterprise user its own project’s items, read-only', async () => {
    const project = await createProject(clients.member, { enterpriseId: ids.enterprise });
    const item = await addItem(project.id, {});
    const list = await listOf(project.id, clients.enterprise);
    expect(list.map((i) => ({ id: i.id, canUpdate: i.canUpdate }))).toEqual([{ id: item.id, canUpdate: false }]);
    expect((await patch(project.id, item, { version: 1, notes: '企业改' }, clients.enterprise)).statusCode).toBe(403);
    expect(
      (
        await clients.enterprise.post(itemsUrl(project.id), {
          item: 'x',
          departmentId: ids.环保服务所,
          statutoryDays: 5,
        })
      ).statusCode,
    ).toBe(403);
    const other = await createProject();
    expect((await clients.enterprise.get(itemsUrl(other.id))).statusCode).toBe(404);
  });
});

describe('time per item by department', () => {
  it('counts, averages and flags exactly on a known set', async () => {
    // The demo's own approval items (demo-agency.ts) fall in any month: this test counts only its own.
    await t.ctx.db.deleteFrom('agencyItems').where('isDemo', '=', 1).execute();
    const project = await createProject();
    // March 2026 has no statutory holiday: (03-02, 03-09] holds 5 working days, (03-02, 03-13] 9, (03-02, 03-03] 1.
    await addItem(project.id, {
      departmentId: ids.住建服务所,
      submittedOn: '2026-03-02',
      acceptedOn: '2026-03-02',
      approvedOn: '2026-03-09',
      statutoryDays: 10,
    });
    await addItem(project.id, {
      departmentId: ids.住建服务所,
      submittedOn: '2026-03-02',
      approvedOn: '2026-03-13',
      statutoryDays: 5,
    });
    await addItem(project.id, { departmentId: ids.住建服务所, submittedOn: '2026-03-02', statutoryDays: 20 });
    await addItem(project.id, { departmentId: ids.住建服务所, submittedOn: '2026-02-16', statutoryDays: 20 });
    await addItem(project.id, {
      departmentId: ids.自然资源服务所,
      submittedOn: '2026-03-02',
      approvedOn: '2026-03-03',
      statutoryDays: 1,
    });

    const response = await clients.leader.get(`${API}/agency-stats?from=2026-03-01&to=2026-03-31`);
    expect(response.statusCode, response.body).toBe(200);
    const departments = response.json<{ departments: DepartmentStatsView[] }>().departments;
    expect(departments.find((d) => d.departmentId === ids.住建服务所)).toEqual(
      expect.objectContaining({
        count: 3,
        approvedCount: 2,
        meanWorkdaysToApproval: 7,
        maxWorkdaysToApproval: 9,
        overdueOpenCount: 1,
      }),
    );
    expect(departments.find((d) => d.departmentId === ids.自然资源服务所)).toEqual(
      expect.objectContaining({
        count: 1,
        approvedCount: 1,
        meanWorkdaysToApproval: 1,
        maxWorkdaysToApproval: 1,
        overdueOpenCount: 0,
      }),
    );

    // The department's desk counts only its own department's items (created by the tests above).
    const desk = await clients.department.get(`${API}/agency-stats`);
    expect(desk.statusCode).toBe(200);
    const own = desk.json<{ departments: DepartmentStatsView[] }>().departments;
    expect(own.map((d) => d.departmentId)).toEqual([ids.环保服务所]);
    expect(own[0]?.count).toBeGreaterThan(0);
  });
});

describe('the department desk across projects', () => {
  it('names the enterprise, filters by submitted date range, and never widens to another department', async () => {
    const project = await createProject(clients.member, { enterpriseId: ids.enterprise });
    const early = await addItem(project.id, { item: 'PJT 早提交', submittedOn: '2026-03-02' });
    const late = await addItem(project.id, { item: 'PJT 晚提交', submittedOn: '2026-03-20' });
    await addItem(project.id, { item: 'PJT 别的部门', departmentId: ids.住建服务所, submittedOn: '2026-03-10' });

    const all = await clients.department.get(`${API}/agency-items`);
    const mine = all.json<{ items: (AgencyItemView & { enterpriseName: string | null })[] }>().items;
    expect(mine.find((i) => i.id === early.id)?.enterpriseName).toBeTruthy();

    const ranged = await clients.department.get(`${API}/agency-items?from=2026-03-01&to=2026-03-15`);
    expect(ranged.statusCode, ranged.body).toBe(200);
    const inRange = ranged.json<{ items: AgencyItemView[] }>().items.map((i) => i.id);
    expect(inRange).toContain(early.id);
    expect(inRange).not.toContain(late.id);

    // Asking for another department's items does not lift the department's own scope.
    const other = await clients.department.get(`${API}/agency-items?departmentId=${ids.住建服务所}`);
    expect(other.statusCode).toBe(200);
    expect(other.json<{ items: AgencyItemView[] }>().items).toEqual([]);

    const badRange = await clients.department.get(`${API}/agency-items?from=2026-13-01`);
    expect(badRange.statusCode).toBe(400);
  });
});
