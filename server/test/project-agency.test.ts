import { WorkingCalendar } from '@zonehub/working-calendar';
import { describe, expect, it } from 'vitest';
import type { Client } from './helper.js';
import { API, clients, createProject, daysFrom, ids, type Problem, setUpProjectWorld, t } from './project-world.js';

setUpProjectWorld();

interface AgencyItemView {
  id: string;
  projectId: string;
  item: string;
  departmentId: string;
  departmentName: string;
  state: string;
  submittedOn: string | null;
  acceptedOn: string | null;
  approvedOn: string | null;
  statutoryDays: number;
  actions: string[];
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

async function step(
  projectId: string,
  item: { id: string },
  body: Record<string, unknown>,
  client: Client = body.step === 'submit' || body.step === 'resubmit' ? clients.member : clients.department,
) {
  const response = await client.post(`${itemsUrl(projectId)}/${item.id}/steps`, body);
  expect(response.statusCode, response.body).toBe(200);
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
  it('creates, lists and updates an item, its dates stamped by steps, the clock from acceptance, audited', async () => {
    const project = await createProject();
    const created = await addItem(project.id, { tolerance: true, notes: '先备案' });
    expect(created).toMatchObject({
      item: 'PJT 环评批复',
      departmentName: '环保服务所',
      state: 'draft',
      tolerance: true,
      commitment: false,
      elapsedWorkdays: null,
      version: 1,
      canUpdate: true,
      actions: ['submit'],
    });
    expect((await listOf(project.id)).map((i) => i.id)).toEqual([created.id]);

    const submitted = await step(project.id, created, { version: 1, step: 'submit', on: daysFrom(-20) });
    const accepted = await step(project.id, submitted, { version: 2, step: 'accept', on: daysFrom(-20) });
    const approved = await step(project.id, accepted, { version: 3, step: 'approve', on: daysFrom(-6) });
    expect(approved).toMatchObject({
      state: 'approved',
      version: 4,
      submittedOn: daysFrom(-20),
      acceptedOn: daysFrom(-20),
      approvedOn: daysFrom(-6),
      elapsedWorkdays: new WorkingCalendar().workdaysBetween(daysFrom(-20), daysFrom(-6)),
    });
    const edited = await patch(project.id, approved, { version: 4, notes: '已办结' });
    expect(edited.statusCode, edited.body).toBe(200);
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', created.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'agencyItem.create',
      'agencyItem.submit',
      'agencyItem.accept',
      'agencyItem.approve',
      'agencyItem.update',
    ]);
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

  it('refuses a department outside the zone, a step day in the future or before the last step, naming the field', async () => {
    const project = await createProject();
    const notDepartment = await clients.member.post(itemsUrl(project.id), {
      item: 'PJT 规划许可',
      departmentId: ids.星萌冻干项目专班,
      statutoryDays: 10,
    });
    expect(notDepartment.statusCode).toBe(400);
    expect(notDepartment.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.departmentId' });
    expect(await listOf(project.id)).toEqual([]);

    const item = await addItem(project.id, { submit: true });
    const future = await clients.department.post(`${itemsUrl(project.id)}/${item.id}/steps`, {
      version: 2,
      step: 'accept',
      on: daysFrom(1),
    });
    expect(future.statusCode).toBe(400);
    expect(future.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.on', code: 'dateInFuture' });
    const early = await clients.department.post(`${itemsUrl(project.id)}/${item.id}/steps`, {
      version: 2,
      step: 'accept',
      on: daysFrom(-1),
    });
    expect(early.statusCode).toBe(400);
    expect(early.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.on', code: 'beforePreviousStep' });
    expect((await listOf(project.id))[0]).toMatchObject({ state: 'submitted', acceptedOn: null, version: 2 });
  });
});

describe('who sees and updates approval items', () => {
  it('gives the handling department its items across projects, and only its dates, handler and notes', async () => {
    const project = await createProject();
    const draft = await addItem(project.id, { item: 'PJT 未提交' });
    const ours = await addItem(project.id, { submit: true });
    const theirs = await addItem(project.id, { departmentId: ids.住建服务所, item: 'PJT 施工许可', submit: true });

    const desk = await clients.department.get(`${API}/agency-items`);
    expect(desk.statusCode, desk.body).toBe(200);
    const seen = desk.json<{ items: AgencyItemView[] }>().items;
    expect(seen.map((i) => i.id)).toContain(ours.id);
    expect(seen.map((i) => i.id)).not.toContain(draft.id);
    expect(seen.every((i) => i.departmentId === ids.环保服务所)).toBe(true);
    expect(seen.find((i) => i.id === ours.id)?.canUpdate).toBe(true);
    const open = await clients.department.get(`${API}/agency-items?status=approved`);
    expect(open.json<{ items: AgencyItemView[] }>().items.map((i) => i.id)).not.toContain(ours.id);

    const handled = await patch(project.id, ours, { version: 2, notes: '材料已收' }, clients.department);
    expect(handled.statusCode, handled.body).toBe(200);
    expect(handled.json<AgencyItemView>()).toMatchObject({ notes: '材料已收', version: 3 });
    expect((await patch(project.id, ours, { version: 3, statutoryDays: 60 }, clients.department)).statusCode).toBe(403);
    expect((await patch(project.id, theirs, { version: 2, notes: '不是我们的' }, clients.department)).statusCode).toBe(
      403,
    );
    const notOurs = await clients.department.post(`${itemsUrl(project.id)}/${theirs.id}/steps`, {
      version: 2,
      step: 'accept',
    });
    expect(notOurs.statusCode).toBe(403);
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
    const run = async (
      departmentId: string | undefined,
      statutoryDays: number,
      days: { submit: string; accept?: string; approve?: string },
    ) => {
      let item = await addItem(project.id, { departmentId, statutoryDays });
      item = await step(project.id, item, { version: 1, step: 'submit', on: days.submit });
      if (days.accept)
        item = await step(project.id, item, { version: 2, step: 'accept', on: days.accept }, clients.admin);
      if (days.approve)
        item = await step(project.id, item, { version: 3, step: 'approve', on: days.approve }, clients.admin);
      return item;
    };
    await run(ids.住建服务所, 10, { submit: '2026-03-02', accept: '2026-03-02', approve: '2026-03-09' });
    await run(ids.住建服务所, 5, { submit: '2026-03-02', accept: '2026-03-02', approve: '2026-03-13' });
    await run(ids.住建服务所, 20, { submit: '2026-03-02', accept: '2026-03-02' });
    await run(ids.住建服务所, 20, { submit: '2026-02-16', accept: '2026-02-16' });
    await run(ids.自然资源服务所, 1, { submit: '2026-03-02', accept: '2026-03-02', approve: '2026-03-03' });

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
    const submitOn = async (body: Record<string, unknown>, on: string) =>
      step(project.id, await addItem(project.id, body), { version: 1, step: 'submit', on });
    const early = await submitOn({ item: 'PJT 早提交' }, '2026-03-02');
    const late = await submitOn({ item: 'PJT 晚提交' }, '2026-03-20');
    await submitOn({ item: 'PJT 别的部门', departmentId: ids.住建服务所 }, '2026-03-10');

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
