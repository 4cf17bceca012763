import { describe, expect, it } from 'vitest';
import { zoneToday } from '../src/features/investment/zone-today.js';
import type { Client } from './helper.js';
import { API, clients, createProject, ids, type Problem, setUpProjectWorld, t, zoneId } from './project-world.js';

setUpProjectWorld();

interface Item {
  id: string;
  state: string;
  submittedOn: string | null;
  acceptedOn: string | null;
  approvedOn: string | null;
  approvalDocNo: string | null;
  returnReason: string | null;
  handledByName: string | null;
  elapsedWorkdays: number | null;
  pausedWorkdays: number;
  paused: boolean;
  dueOn: string | null;
  steps: { step: string; on: string; reason: string | null; actorName: string | null }[];
  files: { id: string; fileName: string }[];
  actions: string[];
  version: number;
}

const itemsUrl = (projectId: string) => `${API}/${projectId}/agency-items`;

async function addItem(projectId: string, body: Record<string, unknown> = {}, client: Client = clients.member) {
  const response = await client.post(itemsUrl(projectId), {
    item: 'PJT 环评批复',
    departmentId: ids.环保服务所,
    statutoryDays: 5,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Item>();
}

const stepOf = (projectId: string, item: Item, body: Record<string, unknown>, client: Client) =>
  client.post(`${itemsUrl(projectId)}/${item.id}/steps`, { version: item.version, ...body });

async function step(projectId: string, item: Item, body: Record<string, unknown>, client: Client) {
  const response = await stepOf(projectId, item, body, client);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Item>();
}

const notificationsOf = (userId: string, itemId: string) =>
  t.ctx.db
    .selectFrom('notifications')
    .select(['kind', 'params', 'link'])
    .where('userId', '=', userId)
    .where('subjectId', '=', itemId)
    .orderBy('createdAt')
    .execute();

describe('a new approval item on the department desk (待受理)', () => {
  it('waits for acceptance with no clock running, and its department hears of it', async () => {
    const project = await createProject(clients.member, { enterpriseId: ids.enterprise });
    const item = await addItem(project.id, { submit: true });
    expect(item).toMatchObject({
      state: 'submitted',
      acceptedOn: null,
      elapsedWorkdays: null,
      dueOn: null,
      actions: [],
      version: 2,
    });
    expect(item.steps.map((s) => s.step)).toEqual(['submit']);

    const desk = await clients.department.get(`${API}/agency-items?status=submitted`);
    const seen = desk.json<{ items: Item[] }>().items.find((i) => i.id === item.id);
    expect(seen).toMatchObject({ state: 'submitted', actions: ['accept', 'return'] });

    const told = await notificationsOf(ids['user:departmentStaff'] ?? '', item.id);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ kind: 'agencyItemSubmitted', link: '/projects/agency' });
    expect(JSON.parse(told[0]?.params ?? '{}')).toMatchObject({ itemName: 'PJT 环评批复', projectName: project.name });

    // Another department's item is not this department's news, and a draft is nobody's yet.
    const other = await addItem(project.id, { departmentId: ids.住建服务所, submit: true });
    const draft = await addItem(project.id);
    expect(await notificationsOf(ids['user:departmentStaff'] ?? '', other.id)).toEqual([]);
    expect(await notificationsOf(ids['user:departmentStaff'] ?? '', draft.id)).toEqual([]);
    expect(draft).toMatchObject({ state: 'draft', submittedOn: null, actions: ['submit'] });
  });
});

describe('accept, return for correction, resubmit and approve', () => {
  it('stamps each step with its day and handler, pauses the clock during 补正, and records the 批复文号', async () => {
    const project = await createProject();
    // March 2026 has no statutory holiday.
    let item = await addItem(project.id);
    item = await step(project.id, item, { step: 'submit', on: '2026-03-02' }, clients.member);
    expect((await stepOf(project.id, item, { step: 'accept' }, clients.member)).statusCode).toBe(403);
    item = await step(project.id, item, { step: 'accept', on: '2026-03-02' }, clients.department);
    expect(item).toMatchObject({ state: 'accepted', acceptedOn: '2026-03-02', handledByName: '部门工作人员（演示）' });
    expect(item.actions).toEqual(['return', 'approve']);

    const noReason = await stepOf(project.id, item, { step: 'return', on: '2026-03-04' }, clients.department);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.reason', code: 'reason.required' });
    item = await step(
      project.id,
      item,
      { step: 'return', on: '2026-03-04', reason: '请补充选址论证报告' },
      clients.department,
    );
    expect(item).toMatchObject({ state: 'returned', returnReason: '请补充选址论证报告', paused: true, dueOn: null });
    const returned = await notificationsOf(ids['user:taskForceMember'] ?? '', item.id);
    expect(returned.map((n) => n.kind)).toEqual(['agencyItemReturned']);
    expect(JSON.parse(returned[0]?.params ?? '{}')).toMatchObject({ reason: '请补充选址论证报告' });

    // Only the task force resubmits; a refused step says why in the reader's language.
    expect((await stepOf(project.id, item, { step: 'resubmit' }, clients.department)).statusCode).toBe(403);
    const refused = await stepOf(project.id, item, { step: 'approve' }, clients.department);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<Problem>()).toMatchObject({ code: 'agency.stepRefused' });
    expect(refused.json<Problem>().detail).toContain('退回补正');

    item = await step(project.id, item, { step: 'resubmit', on: '2026-03-13' }, clients.member);
    expect(item).toMatchObject({ state: 'accepted', paused: false, pausedWorkdays: 7, returnReason: null });
    const resubmitted = await notificationsOf(ids['user:departmentStaff'] ?? '', item.id);
    expect(resubmitted.map((n) => n.kind).sort()).toEqual(['agencyItemResubmitted', 'agencyItemSubmitted']);

    item = await step(
      project.id,
      item,
      { step: 'approve', on: '2026-03-17', approvalDocNo: '长环审〔2026〕12号' },
      clients.department,
    );
    // (2, 4] and (13, 17] count: 2 + 2 working days; (4, 13] was with the applicant.
    expect(item).toMatchObject({
      state: 'approved',
      approvedOn: '2026-03-17',
      approvalDocNo: '长环审〔2026〕12号',
      elapsedWorkdays: 4,
      pausedWorkdays: 7,
      overdue: false,
      actions: [],
    });
    expect(item.steps.map((s) => `${s.step}@${s.on}`)).toEqual([
      'submit@2026-03-02',
      'accept@2026-03-02',
      'return@2026-03-04',
      'resubmit@2026-03-13',
      'approve@2026-03-17',
    ]);
    expect(item.steps.find((s) => s.step === 'return')?.actorName).toBe('部门工作人员（演示）');
  });

  it('resubmits an item returned before acceptance to 待受理, the department told again', async () => {
    const project = await createProject();
    let item = await addItem(project.id, { submit: true });
    item = await step(project.id, item, { step: 'return', reason: '申请表未盖章' }, clients.department);
    item = await step(project.id, item, { step: 'resubmit' }, clients.member);
    expect(item).toMatchObject({ state: 'submitted', acceptedOn: null, elapsedWorkdays: null });
    const told = await notificationsOf(ids['user:departmentStaff'] ?? '', item.id);
    expect(told.map((n) => n.kind).sort()).toEqual(['agencyItemResubmitted', 'agencyItemSubmitted']);
  });
});

describe("the approval's file", () => {
  it('is attached by the department once accepted, served through the allow-list, and seen only by who sees the item', async () => {
    const project = await createProject();
    let item = await addItem(project.id, { submit: true });
    const filesUrl = () => `${itemsUrl(project.id)}/${item.id}/files?fileName=${encodeURIComponent('批复.pdf')}`;
    const pdf = Buffer.from('%PDF-1.4 批复');
    expect((await clients.department.post(filesUrl(), pdf, { 'content-type': 'application/pdf' })).statusCode).toBe(
      403,
    );
    item = await step(project.id, item, { step: 'accept' }, clients.department);
    const upload = await clients.department.post(filesUrl(), pdf, { 'content-type': 'application/pdf' });
    expect(upload.statusCode, upload.body).toBe(201);
    const meta = upload.json<{ id: string; fileName: string }>();
    const page = await clients.department.post(
      `${itemsUrl(project.id)}/${item.id}/files?fileName=x.html`,
      Buffer.from('<script>alert(1)</script>'),
      { 'content-type': 'text/html' },
    );
    expect(page.statusCode).toBe(201);

    const desk = await clients.department.get(`${API}/agency-items`);
    const listed = desk.json<{ items: Item[] }>().items.find((i) => i.id === item.id);
    expect(listed?.files.map((f) => f.fileName).sort()).toEqual(['x.html', '批复.pdf']);

    const download = await clients.department.get(`${itemsUrl(project.id)}/${item.id}/files/${meta.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(String(download.headers['content-disposition'])).toMatch(/^attachment/);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const html = await clients.member.get(`${itemsUrl(project.id)}/${item.id}/files/${page.json<{ id: string }>().id}`);
    expect(html.headers['content-type']).toBe('application/octet-stream');
    expect((await clients.enterprise.get(`${itemsUrl(project.id)}/${item.id}/files/${meta.id}`)).statusCode).toBe(404);
    expect(
      (await clients.enterprise.post(filesUrl(), pdf, { 'content-type': 'application/pdf' })).statusCode,
    ).toBeGreaterThanOrEqual(403);
  });
});

describe('the day a step is stamped', () => {
  it("is the zone's today, not the server's UTC date (keep last: moves the clock)", async () => {
    // 17:00 UTC is 01:00 the next morning in Beijing.
    const now = t.clock.now();
    const target = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 17, 0, 0);
    t.clock.advance(target - now.getTime() + (target < now.getTime() ? 86_400_000 : 0));
    const utcDay = t.clock.now().toISOString().slice(0, 10);
    const zoneDay = await zoneToday(t.ctx, t.ctx.db, zoneId);
    expect(zoneDay).not.toBe(utcDay);
    // Sessions do not outlive the jump: sign in again.
    const member = await t.loginAs('taskForceMember');
    const project = await createProject(member);
    const item = await addItem(project.id, { submit: true }, member);
    expect(item.submittedOn).toBe(zoneDay);
  });
});
