import { WorkingCalendar } from '@zonehub/working-calendar';
import { describe, expect, it } from 'vitest';
import { agencyDateProblems } from '../src/features/projects/agency/agency-rules.js';
import { API, clients, ids, setUpProjectWorld, t, today } from './project-world.js';

setUpProjectWorld();

interface DeskItem {
  id: string;
  projectId: string;
  projectName: string;
  enterpriseName: string | null;
  item: string;
  departmentId: string;
  approvedOn: string | null;
  elapsedWorkdays: number | null;
  overdue: boolean;
  canUpdate: boolean;
  version: number;
}

/** The demo approval items (server/src/demo/demo-agency.ts): consistent with the checklist, and a desk with work. */
describe('demo approval items', () => {
  it('agree with the demo checklist: approved the day the milestone was done, dates in order, none ahead of today', async () => {
    const items = await t.ctx.db.selectFrom('agencyItems').selectAll().execute();
    expect(items.length).toBeGreaterThan(30);
    expect(items.every((i) => i.isDemo === 1)).toBe(true);
    for (const item of items) expect(agencyDateProblems(item, today), item.item).toEqual([]);
    const done = await t.ctx.db
      .selectFrom('projectMilestones')
      .select(['projectId', 'actualDoneOn'])
      .where('actualDoneOn', 'is not', null)
      .execute();
    const doneOn = new Set(done.map((m) => `${m.projectId}/${m.actualDoneOn}`));
    for (const item of items.filter((i) => i.approvedOn !== null))
      expect(doneOn.has(`${item.projectId}/${item.approvedOn}`), item.item).toBe(true);
    const departments = await t.ctx.db.selectFrom('orgUnits').select(['id', 'kind', 'zoneId']).execute();
    for (const item of items)
      expect(departments.find((d) => d.id === item.departmentId)).toMatchObject({
        kind: 'department',
        zoneId: item.zoneId,
      });
    expect(items.some((i) => i.toleranceFlag === 1)).toBe(true);
    expect(items.some((i) => i.commitmentFlag === 1)).toBe(true);
  });

  it('gives the demo department account open items of its own department, one or two of them past the limit at most', async () => {
    const response = await clients.department.get(`${API}/agency-items`);
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json<{ items: DeskItem[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.departmentId === ids.环保服务所 && i.canUpdate)).toBe(true);
    expect(items.some((i) => i.approvedOn === null)).toBe(true);
    expect(items.some((i) => i.enterpriseName !== null)).toBe(true);

    const leader = await clients.leader.get(`${API}/agency-items?status=overdue`);
    const overdue = leader.json<{ items: DeskItem[] }>().items;
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(overdue.length).toBeLessThanOrEqual(2);
    const calendar = new WorkingCalendar();
    expect(overdue.every((i) => (i.elapsedWorkdays ?? 0) > 0 && calendar.covers(Number(today.slice(0, 4))))).toBe(true);

    const stats = await clients.leader.get(`${API}/agency-stats`);
    const departments = stats.json<{ departments: { departmentName: string; count: number }[] }>().departments;
    expect(departments.map((d) => d.departmentName)).toEqual(
      expect.arrayContaining(['行政审批服务局', '环保服务所', '住建服务所', '自然资源服务所', '经济发展局']),
    );
  });

  it('has items in every state, and the demo department a new item to accept, one in hand and one out for correction', async () => {
    const items = await t.ctx.db.selectFrom('agencyItems').select(['id', 'state', 'departmentId']).execute();
    expect([...new Set(items.map((i) => i.state))].sort()).toEqual([
      'accepted',
      'approved',
      'draft',
      'returned',
      'submitted',
    ]);
    const desk = (await clients.department.get(`${API}/agency-items`)).json<{
      items: { state: string; actions: string[]; paused: boolean; returnReason: string | null; steps: unknown[] }[];
    }>().items;
    expect(desk.some((i) => i.state === 'submitted' && i.actions.includes('accept'))).toBe(true);
    expect(desk.some((i) => i.state === 'accepted' && i.actions.includes('approve'))).toBe(true);
    expect(desk.some((i) => i.state === 'returned' && i.paused && i.returnReason !== null)).toBe(true);
    expect(desk.every((i) => i.state !== 'draft' && i.steps.length > 0)).toBe(true);
  });
});
