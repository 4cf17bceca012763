import type { WorkingCalendar } from '@zonehub/working-calendar';
import { describe, expect, it } from 'vitest';
import { sendProjectAlerts } from '../src/features/notifications/project-alerts.service.js';
import { loadCalendar } from '../src/features/projects/rag.service.js';
import {
  API,
  addMilestone,
  clients,
  createProject,
  ids,
  type MilestoneView,
  type ProjectView,
  setUpProjectWorld,
  t,
  today,
  zoneId,
} from './project-world.js';

/**
 * The daily project alerts and the bell's API. Due dates are placed in working days from the zone's
 * today on its own calendar (default amber 5, escalation after 3), so the rules hold on any date.
 */
setUpProjectWorld();

const NOTIFICATIONS = '/api/v1/notifications';
const DAY = 86_400_000;
let calendar: WorkingCalendar;
const workdaysFrom = (n: number, from = today) => calendar.addWorkdays(from, n);

interface NotificationView {
  id: string;
  kind: string;
  params: Record<string, string | number | null>;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

const run = () => sendProjectAlerts(t.ctx.db, t.clock.now());

/** Notifications about one subject, straight from the table: [userId, kind, dedupeKey]. */
async function toldAbout(subjectId: string) {
  const rows = await t.ctx.db
    .selectFrom('notifications')
    .select(['userId', 'kind', 'dedupeKey', 'params'])
    .where('subjectId', '=', subjectId)
    .orderBy('createdAt')
    .orderBy('kind')
    .execute();
  return rows;
}
const kindsFor = async (subjectId: string, userId: string) =>
  (await toldAbout(subjectId)).filter((r) => r.userId === userId).map((r) => r.kind);

let project: ProjectView;
const items: Record<string, MilestoneView> = {};

async function setUp() {
  calendar = await loadCalendar(t.ctx.db, zoneId);
  project = await createProject(clients.admin, { leaderInChargeId: ids['user:leader'] });
  const start = workdaysFrom(-40);
  const owner = ids['user:taskForceMember'] ?? null;
  const add = async (key: string, dueOn: string, ownerId: string | null) => {
    items[key] = await addMilestone(
      project,
      { name: `PJT ${key}`, plannedStartOn: start, dueOn, ownerId },
      clients.admin,
    );
  };
  await add('soon', workdaysFrom(2), owner);
  await add('green', workdaysFrom(12), owner);
  await add('late2', workdaysFrom(-2), owner);
  await add('late5', workdaysFrom(-5), owner);
  await add('unowned', workdaysFrom(-1), null);
}

describe('project alerts', () => {
  it('tells owners of due-soon and overdue items and escalates past the threshold to the leader in charge', async () => {
    await setUp();
    const first = await run();
    expect(first.created).toBeGreaterThanOrEqual(6);
    const member = ids['user:taskForceMember'] as string;
    const leader = ids['user:leader'] as string;
    const id = (key: string) => items[key]?.id as string;

    expect(await kindsFor(id('soon'), member)).toEqual(['milestoneDueSoon']);
    expect(await toldAbout(id('green'))).toEqual([]);
    expect(await kindsFor(id('late2'), member)).toEqual(['milestoneOverdue']);
    expect(await kindsFor(id('late2'), leader)).toEqual([]); // 2 working days late: not yet escalated
    expect(await kindsFor(id('late5'), member)).toEqual(['milestoneOverdue']);
    expect(await kindsFor(id('late5'), leader)).toEqual(['milestoneEscalated']);

    const late5 = (await toldAbout(id('late5'))).find((r) => r.kind === 'milestoneEscalated');
    expect(late5?.dedupeKey).toBe(`milestone:${id('late5')}:escalated:${items.late5?.dueOn}`);
    expect(JSON.parse(late5?.params ?? '{}')).toEqual({
      projectName: project.name,
      itemName: 'PJT late5',
      dueOn: items.late5?.dueOn,
      overdueDays: 5,
      ownerName: '专班成员（演示）',
    });
    const soon = (await toldAbout(id('soon')))[0];
    expect(JSON.parse(soon?.params ?? '{}')).toMatchObject({ slackDays: 2, dueOn: items.soon?.dueOn });
  });

  it('sends an item nobody owns to every member of the project’s task force', async () => {
    const members = await t.ctx.db
      .selectFrom('userOrgUnits')
      .select('userId')
      .where('orgUnitId', '=', project.taskForceId)
      .execute();
    expect(members.length).toBeGreaterThan(0);
    const told = await toldAbout(items.unowned?.id as string);
    expect(told.map((r) => r.userId).sort()).toEqual(members.map((m) => m.userId).sort());
    expect(told.every((r) => r.kind === 'milestoneOverdue')).toBe(true);
  });

  it('writes one pending outbox row per new notification, with the zh-CN text', async () => {
    const rows = await t.ctx.db
      .selectFrom('notifications')
      .leftJoin('notificationOutbox', 'notificationOutbox.notificationId', 'notifications.id')
      .select([
        'notifications.id',
        'notificationOutbox.body',
        'notificationOutbox.status',
        'notificationOutbox.channel',
      ])
      .where('notifications.subjectId', '=', items.late5?.id as string)
      .execute();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.status).toBe('pending');
      expect(row.channel).toBe('sms');
      expect(row.body).toContain('PJT late5');
    }
    const outboxCount = await t.ctx.db
      .selectFrom('notificationOutbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const notificationCount = await t.ctx.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(outboxCount.n)).toBe(Number(notificationCount.n));
  });

  it('creates nothing new on a second run the same day', async () => {
    const before = await t.ctx.db.selectFrom('notificationOutbox').select('id').execute();
    expect((await run()).created).toBe(0);
    const after = await t.ctx.db.selectFrom('notificationOutbox').select('id').execute();
    expect(after).toHaveLength(before.length);
  });

  it('tells again when the due date moves, and not when it is done', async () => {
    const item = items.late2 as MilestoneView;
    const moved = workdaysFrom(-3);
    const response = await clients.admin.patch(`${API}/${project.id}/milestones/${item.id}`, {
      version: item.version,
      dueOn: moved,
    });
    expect(response.statusCode, response.body).toBe(200);
    items.late2 = response.json<MilestoneView>();
    expect((await run()).created).toBe(1);
    // The test clock stands still: both rows carry the same createdAt, so compare as a set.
    const keys = (await toldAbout(item.id)).map((r) => r.dedupeKey).sort();
    expect(keys).toEqual(
      [`milestone:${item.id}:overdue:${item.dueOn}`, `milestone:${item.id}:overdue:${moved}`].sort(),
    );

    const done = await clients.admin.patch(`${API}/${project.id}/milestones/${items.soon?.id}`, {
      version: items.soon?.version,
      dueOn: workdaysFrom(1),
      actualStartOn: workdaysFrom(-5),
      actualDoneOn: today,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect((await run()).created).toBe(0);
  });
});

describe('the bell API', () => {
  const mine = async (client = clients.member, query = '') => {
    const response = await client.get(`${NOTIFICATIONS}?pageSize=200${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: NotificationView[]; total: number; page: number; pageSize: number }>();
  };

  it('lists only the caller’s own notifications, newest first, with params to render', async () => {
    const leaderList = await mine(clients.leader);
    const memberList = await mine(clients.member);
    const leaderOwn = await t.ctx.db
      .selectFrom('notifications')
      .select('id')
      .where('userId', '=', ids['user:leader'] as string)
      .where('zoneId', '=', zoneId)
      .execute();
    expect(leaderList.total).toBe(leaderOwn.length);
    expect(leaderList.items.map((n) => n.kind)).toContain('milestoneEscalated');
    expect(memberList.items.some((n) => n.kind === 'milestoneEscalated')).toBe(false);
    const memberIds = new Set(memberList.items.map((n) => n.id));
    expect(leaderList.items.some((n) => memberIds.has(n.id))).toBe(false);
    const escalated = leaderList.items.find((n) => n.params.itemName === 'PJT late5');
    expect(escalated).toMatchObject({ kind: 'milestoneEscalated', link: `/projects/${project.id}`, readAt: null });
    const times = memberList.items.map((n) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const paged = await clients.member.get(`${NOTIFICATIONS}?page=1&pageSize=2`);
    expect(paged.json()).toMatchObject({ total: memberList.total, page: 1, pageSize: 2 });
    expect(paged.json<{ items: unknown[] }>().items).toHaveLength(Math.min(2, memberList.total));
  });

  it('marks one read, counts unread, filters unread and marks all read', async () => {
    const count = async () => (await clients.member.get(`${NOTIFICATIONS}/unread-count`)).json<{ unread: number }>();
    const before = (await count()).unread;
    expect(before).toBeGreaterThan(1);
    const target = (await mine()).items[0] as NotificationView;
    const read = await clients.member.post(`${NOTIFICATIONS}/${target.id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<NotificationView>().readAt).not.toBeNull();
    expect((await count()).unread).toBe(before - 1);
    const unread = await mine(clients.member, '&unread=true');
    expect(unread.total).toBe(before - 1);
    expect(unread.items.some((n) => n.id === target.id)).toBe(false);

    const all = await clients.member.post(`${NOTIFICATIONS}/read-all`);
    expect(all.json()).toEqual({ marked: before - 1 });
    expect((await count()).unread).toBe(0);
    // The leader's own stay unread.
    const leaderCount = await clients.leader.get(`${NOTIFICATIONS}/unread-count`);
    expect(leaderCount.json<{ unread: number }>().unread).toBeGreaterThan(0);
  });

  it('answers 404 for another user’s notification and leaves it unread', async () => {
    const theirs = (await mine(clients.leader)).items[0] as NotificationView;
    const response = await clients.member.post(`${NOTIFICATIONS}/${theirs.id}/read`);
    expect(response.statusCode).toBe(404);
    const row = await t.ctx.db
      .selectFrom('notifications')
      .select('readAt')
      .where('id', '=', theirs.id)
      .executeTakeFirstOrThrow();
    expect(row.readAt).toBeNull();
    expect((await clients.member.post(`${NOTIFICATIONS}/no-such-id/read`)).statusCode).toBe(404);
    expect((await clients.member.get(`${NOTIFICATIONS}?unread=maybe`)).statusCode).toBe(400);
  });
});

describe('escalation over time (moves the clock: keep last)', () => {
  it('escalates an overdue item only once it is late by more than the threshold', async () => {
    const item = items.late2 as MilestoneView; // due 3 working days ago after the move: not yet escalated
    const leader = ids['user:leader'] as string;
    expect(await kindsFor(item.id, leader)).toEqual([]);
    // Move the clock to the day the item is 4 working days late.
    const target = calendar.addWorkdays(item.dueOn, 4);
    const days = Math.round((Date.parse(target) - Date.parse(today)) / DAY);
    t.clock.advance(days * DAY);
    await run();
    expect(await kindsFor(item.id, leader)).toEqual(['milestoneEscalated']);
    expect((await run()).created).toBe(0);
  });
});
