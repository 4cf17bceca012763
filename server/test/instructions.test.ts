import { describe, expect, it } from 'vitest';
import { notify } from '../src/features/notifications/notify.js';
import { addOutcome, createSeries, holdMeeting } from './meetings-world.js';
import {
  addMilestone,
  clients,
  createProject,
  daysFrom,
  ids,
  type Problem,
  setUpProjectWorld,
  t,
  today,
  zoneId,
} from './project-world.js';
import { FACTORY_PASSWORD, placeUser } from './user-factory.js';

/** Leaders' instructions (批示): written on a project, an item or a notification; received, read, acknowledged. */
setUpProjectWorld();

const INSTRUCTIONS = '/api/v1/projects/instructions';

interface Receipt {
  userId: string;
  displayName: string;
  readAt: string | null;
  acknowledgedAt: string | null;
  reply: string | null;
}
interface InstructionView {
  id: string;
  authorName: string;
  targetType: string;
  targetId: string;
  targetName: string;
  projectId: string | null;
  viaNotificationId: string | null;
  link: string | null;
  text: string;
  recipients: Receipt[];
  mine: Receipt | null;
}

async function write(body: Record<string, unknown>) {
  const response = await clients.leader.post(INSTRUCTIONS, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<InstructionView>();
}

const notificationsOf = (subjectId: string) =>
  t.ctx.db
    .selectFrom('notifications')
    .select(['userId', 'kind', 'link', 'params'])
    .where('subjectId', '=', subjectId)
    .execute();

const auditOf = (entityId: string) =>
  t.ctx.db
    .selectFrom('auditLog')
    .select(['action', 'actorId'])
    .where('entityType', '=', 'instruction')
    .where('entityId', '=', entityId)
    .orderBy('seq')
    .execute();

describe('a leader writes an instruction (批示)', () => {
  it('on a project: reaches the task force, who read and acknowledge it; on the record and on the project', async () => {
    const project = await createProject();
    const written = await write({ targetType: 'project', targetId: project.id, text: 'LDR 加快设备进场，月底前投产' });
    expect(written).toMatchObject({
      targetType: 'project',
      targetName: project.name,
      projectId: project.id,
      link: `/projects/${project.id}`,
      authorName: '管委会领导（演示）',
      mine: null,
    });
    const member = ids['user:taskForceMember'] ?? '';
    expect(written.recipients.map((r) => r.userId)).toContain(member);
    expect(written.recipients.map((r) => r.userId)).not.toContain(ids['user:leader']);
    const told = await notificationsOf(written.id);
    expect(told.find((n) => n.userId === member)).toMatchObject({
      kind: 'instructionReceived',
      link: `/projects/instructions?id=${written.id}`,
    });
    expect(told).toHaveLength(written.recipients.length);
    const outbox = await t.ctx.db
      .selectFrom('notificationOutbox')
      .innerJoin('notifications', 'notifications.id', 'notificationOutbox.notificationId')
      .select('notificationOutbox.body')
      .where('notifications.subjectId', '=', written.id)
      .where('notifications.userId', '=', member)
      .executeTakeFirstOrThrow();
    expect(outbox.body).toContain('【领导批示】管委会领导（演示）对“');

    const received = await clients.member.get(`${INSTRUCTIONS}/received?pending=true`);
    expect(received.statusCode, received.body).toBe(200);
    const mine = received.json<{ items: InstructionView[] }>().items.find((i) => i.id === written.id);
    expect(mine?.mine).toMatchObject({ userId: member, readAt: null, acknowledgedAt: null });

    const read = await clients.member.post(`${INSTRUCTIONS}/${written.id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<InstructionView>().mine?.readAt).not.toBeNull();
    const ack = await clients.member.post(`${INSTRUCTIONS}/${written.id}/acknowledge`, { reply: '已安排，25日前完成' });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json<InstructionView>().mine).toMatchObject({ reply: '已安排，25日前完成' });
    expect(ack.json<InstructionView>().mine?.acknowledgedAt).not.toBeNull();
    const pending = (await clients.member.get(`${INSTRUCTIONS}/received?pending=true`)).json<{
      items: InstructionView[];
    }>();
    expect(pending.items.map((i) => i.id)).not.toContain(written.id);

    const ours = (await clients.leader.get(`${INSTRUCTIONS}/mine`)).json<{ items: InstructionView[] }>();
    const seen = ours.items.find((i) => i.id === written.id);
    expect(seen?.recipients.find((r) => r.userId === member)?.reply).toBe('已安排，25日前完成');

    const onProject = await clients.member.get(`${INSTRUCTIONS}/project/${project.id}`);
    expect(onProject.json<{ items: InstructionView[] }>().items.map((i) => i.id)).toEqual([written.id]);
    expect((await auditOf(written.id)).map((a) => a.action)).toEqual(['instruction.create', 'instruction.acknowledge']);
  });

  it('on an overdue milestone: reaches its owner wherever they sit, and only its recipients may acknowledge', async () => {
    const project = await createProject();
    const owner = ids['user:departmentStaff'] ?? '';
    const item = await addMilestone(project, {
      name: 'LDR 施工许可',
      plannedStartOn: daysFrom(-40),
      dueOn: daysFrom(-5),
      ownerId: owner,
    });
    const written = await write({ targetType: 'milestone', targetId: item.id, text: 'LDR 请住建局本周内办结' });
    expect(written).toMatchObject({ targetType: 'milestone', targetName: 'LDR 施工许可', projectId: project.id });
    expect(written.recipients.map((r) => r.userId)).toContain(owner);
    const received = (await clients.department.get(`${INSTRUCTIONS}/received`)).json<{ items: InstructionView[] }>();
    expect(received.items.map((i) => i.id)).toContain(written.id);
    // The department reads what it was sent, not the project's page.
    expect((await clients.department.get(`${INSTRUCTIONS}/${written.id}`)).statusCode).toBe(200);
    expect((await clients.department.get(`${INSTRUCTIONS}/project/${project.id}`)).statusCode).toBe(404);
    // Park staff see the project but were not sent it: they read it, they do not acknowledge it.
    expect((await clients.park.get(`${INSTRUCTIONS}/${written.id}`)).statusCode).toBe(200);
    expect((await clients.park.post(`${INSTRUCTIONS}/${written.id}/acknowledge`, {})).statusCode).toBe(404);
    expect((await clients.department.post(`${INSTRUCTIONS}/${written.id}/acknowledge`, {})).statusCode).toBe(200);
  });

  it('on an action item raised at a meeting, and on a notification about an overdue item', async () => {
    const project = await createProject();
    const series = await createSeries();
    const meeting = await holdMeeting(series, { heldOn: today });
    const action = await addOutcome(meeting, {
      kind: 'action',
      text: 'LDR 协调电力接入',
      projectId: project.id,
      ownerId: ids['user:investmentStaff'],
      dueOn: today,
    });
    const onAction = await write({ targetType: 'actionItem', targetId: action.id, text: 'LDR 电力公司要主动对接' });
    expect(onAction).toMatchObject({ targetName: 'LDR 协调电力接入', link: `/projects/meetings/${meeting.id}` });
    expect(onAction.recipients.map((r) => r.userId)).toContain(ids['user:investmentStaff']);

    const item = await addMilestone(project, {
      name: 'LDR 环评批复',
      dueOn: daysFrom(-2),
      plannedStartOn: daysFrom(-20),
    });
    const notificationId = await t.ctx.db.transaction().execute(async (trx) => {
      await notify(trx, {
        zoneId,
        userId: ids['user:leader'] ?? '',
        kind: 'milestoneEscalated',
        params: { projectName: project.name, itemName: item.name, dueOn: item.dueOn, overdueDays: 2, ownerName: null },
        link: `/projects/${project.id}`,
        subjectType: 'milestone',
        subjectId: item.id,
        dedupeKey: `test:${item.id}`,
        now: t.clock.now(),
      });
      const row = await trx
        .selectFrom('notifications')
        .select('id')
        .where('dedupeKey', '=', `test:${item.id}`)
        .executeTakeFirstOrThrow();
      return row.id;
    });
    const onNotice = await write({ targetType: 'notification', targetId: notificationId, text: 'LDR 专班盯紧' });
    expect(onNotice).toMatchObject({
      targetType: 'milestone',
      targetId: item.id,
      viaNotificationId: notificationId,
    });
    // An item without an owner reaches the task force.
    expect(onNotice.recipients.map((r) => r.userId)).toContain(ids['user:taskForceMember']);
    // Someone else's notification is not the leader's to write on.
    const other = await t.ctx.db
      .selectFrom('notifications')
      .select('id')
      .where('userId', '=', ids['user:taskForceMember'] ?? '')
      .executeTakeFirstOrThrow();
    const refused = await clients.leader.post(INSTRUCTIONS, {
      targetType: 'notification',
      targetId: other.id,
      text: 'x',
    });
    expect(refused.statusCode).toBe(404);
  });
});

describe('the demo', () => {
  it('has the leader’s instructions on 星萌: one acknowledged with a reply, one on its most urgent item not yet read', async () => {
    const mine = (await clients.leader.get(`${INSTRUCTIONS}/mine?pageSize=200`)).json<{ items: InstructionView[] }>();
    const demo = mine.items.filter((i) => !i.text.startsWith('LDR'));
    const project = demo.find((i) => i.targetType === 'project');
    expect(project?.targetName).toBe('星萌冻干食品产业园项目');
    expect(project?.recipients.length).toBeGreaterThan(0);
    expect(project?.recipients.every((r) => r.acknowledgedAt !== null && r.reply !== null)).toBe(true);
    const item = demo.find((i) => i.targetType === 'milestone');
    expect(item?.projectId).toBe(project?.projectId);
    expect(item?.recipients.every((r) => r.readAt === null)).toBe(true);
    const received = (await clients.member.get(`${INSTRUCTIONS}/received?pending=true&pageSize=200`)).json<{
      items: InstructionView[];
    }>();
    expect(received.items.map((i) => i.id)).toContain(item?.id);
  });
});

describe('who may write and read instructions', () => {
  it('refuses everyone but leaders, bad input naming the field, and a leader outside the zone', async () => {
    const project = await createProject();
    const body = { targetType: 'project', targetId: project.id, text: 'LDR 批示' };
    for (const client of [clients.admin, clients.member, clients.park, clients.department, clients.enterprise])
      expect((await client.post(INSTRUCTIONS, body)).statusCode).toBe(403);
    expect((await clients.enterprise.get(`${INSTRUCTIONS}/received`)).statusCode).toBe(403);
    expect((await clients.member.get(`${INSTRUCTIONS}/mine`)).statusCode).toBe(403);
    const before = await t.ctx.db
      .selectFrom('instructions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();

    const empty = await clients.leader.post(INSTRUCTIONS, { ...body, text: '   ' }, { 'accept-language': 'en-US' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<Problem>().errors?.map((e) => e.field)).toEqual(['body.text']);
    const series = await createSeries();
    const meeting = await holdMeeting(series, { heldOn: today });
    const info = await addOutcome(meeting, { kind: 'info', text: 'LDR 通报' });
    const notAction = await clients.leader.post(INSTRUCTIONS, {
      targetType: 'actionItem',
      targetId: info.id,
      text: 'x',
    });
    expect(notAction.statusCode).toBe(400);
    expect(notAction.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.targetId', code: 'notAnAction' });
    const missing = await clients.leader.post(INSTRUCTIONS, { ...body, targetId: crypto.randomUUID() });
    expect(missing.statusCode).toBe(404);

    await placeUser(t.ctx.db, 'ldr-qingxu', [{ zone: 'qingxu', role: 'leader' }]);
    const outsider = await t.login('ldr-qingxu', FACTORY_PASSWORD);
    expect((await outsider.post(INSTRUCTIONS, body)).statusCode).toBe(404);
    const after = await t.ctx.db
      .selectFrom('instructions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));

    const written = await write(body);
    expect((await outsider.get(`${INSTRUCTIONS}/${written.id}`)).statusCode).toBe(404);
    expect((await clients.enterprise.get(`${INSTRUCTIONS}/${written.id}`)).statusCode).toBe(403);
  });
});
