import { WorkingCalendar } from '@zonehub/working-calendar';
import { describe, expect, it } from 'vitest';
import { recomputeEveryZone } from '../src/features/projects/rag.service.js';
import {
  API,
  addMilestone,
  clients,
  createProject,
  daysFrom,
  detailOf,
  ids,
  type MilestoneView,
  type Problem,
  setUpProjectWorld,
  t,
  today,
} from './project-world.js';

setUpProjectWorld();

const patch = (projectId: string, item: { id: string }, body: Record<string, unknown>, client = clients.member) =>
  client.patch(`${API}/${projectId}/milestones/${item.id}`, body);

async function storedLight(projectId: string) {
  return t.ctx.db
    .selectFrom('projects')
    .select(['ragStatus', 'ragSlackWorkdays', 'stage'])
    .where('id', '=', projectId)
    .executeTakeFirstOrThrow();
}

describe('milestones', () => {
  it('refuses date problems naming each field, in the caller’s language, and writes nothing', async () => {
    const project = await createProject();
    const item = await addMilestone(project, { plannedStartOn: daysFrom(-5), dueOn: daysFrom(20) });
    const response = await patch(
      project.id,
      item,
      { version: item.version, dueOn: daysFrom(-6), actualStartOn: daysFrom(2), actualDoneOn: daysFrom(3) },
      clients.member,
    );
    expect(response.statusCode).toBe(400);
    const fields = response.json<Problem>().errors?.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.dueOn', 'body.actualStartOn', 'body.actualDoneOn']));
    expect(response.json<Problem>().errors?.[0]?.message).toContain('截止日期不能早于计划开始日期');
    const after = (await detailOf(project)).milestones[0];
    expect(after).toMatchObject({ version: item.version, dueOn: daysFrom(20), actualStartOn: null });

    const create = await clients.member.post(
      `${API}/${project.id}/milestones`,
      { name: 'PJT 倒挂', plannedStartOn: daysFrom(5), dueOn: daysFrom(1) },
      { 'accept-language': 'en-US' },
    );
    expect(create.statusCode).toBe(400);
    expect(create.json<Problem>().errors).toEqual([
      expect.objectContaining({ field: 'body.dueOn', code: 'dueBeforeStart' }),
    ]);
  });

  it('refuses marking an item done while a predecessor is open', async () => {
    const project = await createProject();
    const first = await addMilestone(project, { name: 'PJT 环评' });
    const second = await addMilestone(project, { name: 'PJT 施工许可', predecessorIds: [first.id] });
    const early = await patch(project.id, second, { version: second.version, actualDoneOn: today });
    expect(early.statusCode).toBe(400);
    expect(early.json<Problem>().errors).toEqual([
      expect.objectContaining({ field: 'body.actualDoneOn', code: 'predecessorNotDone' }),
    ]);
    expect((await patch(project.id, first, { version: first.version, actualDoneOn: today })).statusCode).toBe(200);
    expect((await patch(project.id, second, { version: second.version, actualDoneOn: today })).statusCode).toBe(200);
    expect((await storedLight(project.id)).ragStatus).toBe('done');
  });

  it('refuses a dependency cycle, naming it by the items’ names', async () => {
    const project = await createProject();
    const a = await addMilestone(project, { name: 'PJT 甲' });
    const b = await addMilestone(project, { name: 'PJT 乙' });
    const c = await addMilestone(project, { name: 'PJT 丙' });
    const put = (item: { id: string }, predecessorIds: string[]) =>
      clients.member.put(`${API}/${project.id}/milestones/${item.id}/predecessors`, { predecessorIds });
    expect((await put(b, [a.id])).statusCode).toBe(200);
    expect((await put(c, [b.id])).statusCode).toBe(200);
    const cycle = await put(a, [c.id]);
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json<Problem>().code).toBe('project.dependencyCycle');
    for (const name of ['PJT 甲', 'PJT 乙', 'PJT 丙']) expect(cycle.json<Problem>().detail).toContain(name);
    const items = (await detailOf(project)).milestones;
    expect(items.find((m) => m.id === a.id)?.predecessorIds).toEqual([]);
    expect((await put(a, [a.id])).statusCode).toBe(400);

    expect((await clients.leader.delete(`${API}/${project.id}/milestones/${c.id}`)).statusCode).toBe(403);
    expect((await clients.member.delete(`${API}/${project.id}/milestones/${c.id}`)).statusCode).toBe(204);
    const left = (await detailOf(project)).milestones;
    expect(left.map((m) => m.name)).toEqual(['PJT 甲', 'PJT 乙']);
    expect(left.find((m) => m.id === b.id)?.predecessorIds).toEqual([a.id]);
  });

  it('lets an owner update only actual dates and notes of their own item; others get 403', async () => {
    const project = await createProject(clients.admin, { taskForceId: ids.浩诚环保项目专班, parkId: null });
    const item = await addMilestone(project, { ownerId: ids['user:taskForceMember'] }, clients.admin);
    const other = await addMilestone(project, { name: 'PJT 非本人' }, clients.admin);
    const own = await patch(project.id, item, { version: item.version, actualStartOn: today, notes: '已进场' });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json<MilestoneView>()).toMatchObject({ actualStartOn: today, version: item.version + 1 });
    expect((await patch(project.id, item, { version: item.version + 1, dueOn: daysFrom(90) })).statusCode).toBe(403);
    expect((await patch(project.id, other, { version: other.version, notes: 'x' })).statusCode).toBe(403);
    expect((await patch(project.id, item, { version: 2, notes: 'x' }, clients.leader)).statusCode).toBe(403);
    const audit = await t.ctx.db.selectFrom('auditLog').select('action').where('entityId', '=', item.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['projectMilestone.create', 'projectMilestone.update']);
  });

  it('answers two saves of one item at once with one 200 and one 409', async () => {
    const project = await createProject();
    const item = await addMilestone(project, {});
    const responses = await Promise.all([
      patch(project.id, item, { version: item.version, notes: '甲的说明' }),
      patch(project.id, item, { version: item.version, notes: '乙的说明' }, clients.admin),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = responses.find((r) => r.statusCode === 409);
    expect(loser?.json<Problem>().code).toBe('project.versionConflict');
    expect((await detailOf(project)).milestones[0]?.version).toBe(item.version + 1);
  });

  it('round-trips an evidence file; the owner may upload, others may not, an empty file is refused', async () => {
    const project = await createProject();
    const item = await addMilestone(project, { ownerId: ids['user:taskForceMember'] });
    const bytes = Buffer.from('%PDF-1.4 施工许可证扫描件');
    const url = `${API}/${project.id}/milestones/${item.id}/files?fileName=${encodeURIComponent('施工许可证.pdf')}`;
    const upload = await clients.member.post(url, bytes, { 'content-type': 'application/pdf' });
    expect(upload.statusCode, upload.body).toBe(201);
    const meta = upload.json<{ id: string; sizeBytes: number }>();
    expect(meta.sizeBytes).toBe(bytes.length);
    const download = await clients.member.get(`${API}/${project.id}/milestones/${item.id}/files/${meta.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(bytes)).toBe(true);
    expect((await detailOf(project)).milestones[0]?.files.map((f) => f.id)).toEqual([meta.id]);
    expect((await clients.leader.post(url, bytes, { 'content-type': 'application/pdf' })).statusCode).toBe(403);
    const empty = await clients.member.post(url, Buffer.alloc(0), { 'content-type': 'application/pdf' });
    expect(empty.statusCode).toBe(400);
    const tooLarge = await clients.member.post(url, Buffer.alloc(20 * 1024 * 1024 + 1), {
      'content-type': 'application/pdf',
    });
    expect(tooLarge.statusCode).toBe(413);
    expect((await detailOf(project)).milestones[0]?.files).toHaveLength(1);
  });

  // Last: it moves the clock on.
  it('changes the lights as days pass, at the amber threshold, and when the item is done', async () => {
    const calendar = new WorkingCalendar();
    const project = await createProject();
    const dueOn = calendar.addWorkdays(today, 8);
    const item = await addMilestone(project, { plannedStartOn: today, dueOn, ownerId: ids['user:taskForceMember'] });
    expect(item.ragStatus).toBe('green');
    expect(await storedLight(project.id)).toMatchObject({ ragStatus: 'green', ragSlackWorkdays: 8 });

    // Four working days on: the job recomputes and the slack of 4 is within the amber threshold of 5.
    const later = calendar.addWorkdays(today, 4);
    t.clock.advance(Date.parse(`${later}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`) + 2 * 3_600_000);
    await recomputeEveryZone(t.ctx);
    expect(await storedLight(project.id)).toMatchObject({ ragStatus: 'amber', ragSlackWorkdays: 4 });
    // Only rows whose light changed are written: a second run the same day writes none.
    expect(await recomputeEveryZone(t.ctx)).toMatchObject({ milestones: 0, projects: 0 });

    // Past the due date: red, with negative slack.
    t.clock.advance(Date.parse(`${calendar.addWorkdays(dueOn, 2)}T00:00:00Z`) - Date.parse(`${later}T00:00:00Z`));
    await recomputeEveryZone(t.ctx);
    const red = await storedLight(project.id);
    expect(red.ragStatus).toBe('red');
    expect(Number(red.ragSlackWorkdays)).toBeLessThan(0);

    // Sessions idle out as days pass; sign in again, then the owner records the item done.
    const member = await t.loginAs('taskForceMember');
    const doneOn = new Date(t.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const done = await member.patch(`${API}/${project.id}/milestones/${item.id}`, {
      version: item.version,
      actualDoneOn: doneOn,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(await storedLight(project.id)).toMatchObject({ ragStatus: 'done', ragSlackWorkdays: null });
  });
});
