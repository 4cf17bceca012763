import { WorkingCalendar } from '@zonehub/working-calendar';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  API,
  addMilestone,
  clients,
  createProject,
  daysFrom,
  ids,
  type ProjectView,
  setUpProjectWorld,
  t,
  today,
  zoneId,
} from './project-world.js';

setUpProjectWorld();

const calendar = new WorkingCalendar();
const workdays = (n: number) => calendar.addWorkdays(today, n);
/** The slack the server gives an item due on `day` (negative: working days late). */
const slackOf = (day: string) => calendar.workdaysBetween(today, day);

interface Portfolio {
  today: string;
  weekStart: string;
  counts: Record<'red' | 'amber' | 'green' | 'done', number>;
  byStage: Record<string, number>;
  overdueByTaskForce: {
    taskForceId: string;
    name: string;
    projects: number;
    red: number;
    amber: number;
    overdueItems: number;
    oldestOverdueWorkdays: number | null;
  }[];
  recentChanges: {
    projectId: string;
    milestoneId: string | null;
    kind: string;
    from: string | null;
    to: string | null;
    byName: string | null;
  }[];
  items: (ProjectView & {
    blockers: { milestoneId: string; name: string; dueOn: string; ragStatus: string; slackWorkdays: number | null }[];
    changesThisWeek: number;
  })[];
  total: number;
  page: number;
  pageSize: number;
}

/** A task force of the test's own, so counts are exact whatever the demo holds. */
const taskForceId = crypto.randomUUID();
const made: Record<'red' | 'amber' | 'green' | 'done', ProjectView> = {} as never;
const itemIds: Record<string, string> = {};

const portfolio = async (query: string, client = clients.leader) => {
  const response = await client.get(`${API}/portfolio?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Portfolio>();
};

beforeAll(async () => {
  const now = t.clock.now().toISOString();
  await t.ctx.db
    .insertInto('orgUnits')
    .values({
      id: taskForceId,
      zoneId,
      kind: 'taskForce',
      code: 'PJT-TF',
      name: 'PJT 组合专班',
      parentId: null,
      isDemo: 0,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  const create = (name: string) => createProject(clients.admin, { name, taskForceId });
  made.red = await create('PJT 组合红');
  made.amber = await create('PJT 组合黄');
  made.green = await create('PJT 组合绿');
  made.done = await create('PJT 组合完');
  const add = async (project: ProjectView, key: string, dueOn: string) => {
    itemIds[key] = (
      await addMilestone(project, { name: `PJT ${key}`, plannedStartOn: daysFrom(-60), dueOn }, clients.admin)
    ).id;
  };
  // Red: two overdue items (about 3 and 6 working days late), two amber, one green.
  await add(made.red, 'late3', workdays(-3));
  await add(made.red, 'late6', workdays(-6));
  await add(made.red, 'soon2', workdays(2));
  await add(made.red, 'soon4', workdays(4));
  await add(made.red, 'far', workdays(30));
  await add(made.amber, 'amber', workdays(3));
  await add(made.green, 'green', workdays(40));
  await add(made.done, 'done', workdays(20));
  const done = await clients.admin.patch(`${API}/${made.done.id}/milestones/${itemIds.done}`, {
    version: 1,
    actualStartOn: daysFrom(-10),
    actualDoneOn: today,
  });
  expect(done.statusCode, done.body).toBe(200);
});

describe('the portfolio', () => {
  it('counts lights and stages, and the task force overdue, exactly', async () => {
    const p = await portfolio(`taskForceId=${taskForceId}`);
    expect(p.today).toBe(today);
    expect(Date.parse(today) - Date.parse(p.weekStart)).toBe(6 * 86_400_000);
    expect(p.counts).toEqual({ red: 1, amber: 1, green: 1, done: 1 });
    expect(p.byStage).toMatchObject({ signed: 4, preliminary: 0, atCapacity: 0 });
    expect(p.overdueByTaskForce).toEqual([
      {
        taskForceId,
        name: 'PJT 组合专班',
        projects: 4,
        red: 1,
        amber: 1,
        overdueItems: 2,
        oldestOverdueWorkdays: -slackOf(workdays(-6)),
      },
    ]);
    expect(p.total).toBe(4);
  });

  it('lists the worst first with up to three blockers, least slack first, and the changes this week', async () => {
    const p = await portfolio(`taskForceId=${taskForceId}`);
    expect(p.items.map((i) => i.id)).toEqual([made.red.id, made.amber.id, made.green.id, made.done.id]);
    const [red, amber, green, done] = p.items;
    expect(red?.blockers.map((b) => [b.milestoneId, b.ragStatus, b.slackWorkdays])).toEqual([
      [itemIds.late6, 'red', slackOf(workdays(-6))],
      [itemIds.late3, 'red', slackOf(workdays(-3))],
      [itemIds.soon2, 'amber', slackOf(workdays(2))],
    ]);
    expect(amber?.blockers.map((b) => b.milestoneId)).toEqual([itemIds.amber]);
    expect(green?.blockers).toEqual([]);
    expect(done?.blockers).toEqual([]);
    // Red: the project turned red with its first overdue item. Amber: turned amber with its item.
    // Done: the item's done date, its light (green → done) and the project's (green → done).
    expect(red?.changesThisWeek).toBe(1);
    expect(amber?.changesThisWeek).toBe(1);
    expect(green?.changesThisWeek).toBe(0);
    expect(done?.changesThisWeek).toBe(3);
    const doneChanges = p.recentChanges.filter((c) => c.projectId === made.done.id);
    expect(doneChanges.map((c) => [c.kind, c.milestoneId, c.from, c.to]).sort()).toEqual(
      [
        ['milestoneDone', itemIds.done, null, today],
        ['milestoneRag', itemIds.done, 'green', 'done'],
        ['projectRag', null, 'green', 'done'],
      ].sort(),
    );
    expect(doneChanges.every((c) => c.byName !== null)).toBe(true);
    expect(p.recentChanges).toHaveLength(5);
  });

  it('filters the table by light and pages it, the counts staying whole', async () => {
    const red = await portfolio(`taskForceId=${taskForceId}&ragStatus=red`);
    expect(red.items.map((i) => i.id)).toEqual([made.red.id]);
    expect(red.total).toBe(1);
    expect(red.counts).toEqual({ red: 1, amber: 1, green: 1, done: 1 });
    const second = await portfolio(`taskForceId=${taskForceId}&pageSize=3&page=2`);
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.items.map((i) => i.id)).toEqual([made.done.id]);
    expect((await clients.leader.get(`${API}/portfolio?pageSize=201`)).statusCode).toBe(400);
  });

  it("shows a task-force member only their task forces' projects; others without project.report get 403", async () => {
    const units = await t.ctx.db
      .selectFrom('userOrgUnits')
      .select('orgUnitId')
      .where('userId', '=', ids['user:taskForceMember'] ?? '')
      .execute();
    const mine = new Set(units.map((u) => u.orgUnitId));
    const p = await portfolio('pageSize=200', clients.member);
    expect(p.total).toBeGreaterThan(0);
    expect(p.overdueByTaskForce.length).toBeGreaterThan(0);
    for (const tf of p.overdueByTaskForce) expect(mine.has(tf.taskForceId)).toBe(true);
    for (const item of p.items) expect(mine.has(item.taskForceId)).toBe(true);
    expect((await portfolio(`taskForceId=${taskForceId}`, clients.member)).total).toBe(0);
    const all = await portfolio('pageSize=1');
    expect(all.overdueByTaskForce.some((tf) => tf.taskForceId === taskForceId)).toBe(true);
    expect(all.total).toBeGreaterThan(p.total);
    for (const role of ['department', 'enterprise', 'park'] as const)
      expect((await clients[role].get(`${API}/portfolio`)).statusCode, role).toBe(403);
  });
});

describe('the Gantt of all projects', () => {
  it('is paged by code with the total, each page with its projects phases and milestones', async () => {
    const first = await clients.leader.get(`${API}/gantt?taskForceId=${taskForceId}&pageSize=3`);
    expect(first.statusCode, first.body).toBe(200);
    const one = first.json<{
      total: number;
      page: number;
      pageSize: number;
      items: { projectId: string; milestones: unknown[] }[];
    }>();
    expect(one).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(one.items).toHaveLength(3);
    const two = (await clients.leader.get(`${API}/gantt?taskForceId=${taskForceId}&pageSize=3&page=2`)).json<
      typeof one
    >();
    expect(two).toMatchObject({ total: 4, page: 2 });
    expect(two.items).toHaveLength(1);
    const byCode = [made.red, made.amber, made.green, made.done].sort((a, b) => a.code.localeCompare(b.code));
    expect([...one.items, ...two.items].map((i) => i.projectId)).toEqual(byCode.map((p) => p.id));
    const milestones = Object.fromEntries([...one.items, ...two.items].map((i) => [i.projectId, i.milestones.length]));
    expect(milestones).toEqual({ [made.red.id]: 5, [made.amber.id]: 1, [made.green.id]: 1, [made.done.id]: 1 });
    const all = (await clients.leader.get(`${API}/gantt`)).json<typeof one>();
    expect(all.pageSize).toBe(50);
    expect(all.items).toHaveLength(Math.min(50, all.total));
    expect((await clients.leader.get(`${API}/gantt?pageSize=201`)).statusCode).toBe(400);
  });
});
