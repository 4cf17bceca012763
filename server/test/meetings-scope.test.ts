import { describe, expect, it } from 'vitest';
import { type ActionView, MEETINGS, type MeetingView, meetingOf, type SeriesView } from './meetings-world.js';
import { API, clients, setUpProjectWorld } from './project-world.js';

setUpProjectWorld();

describe('who sees which meetings', () => {
  it('scopes series by task force; leaders, admins and park staff see all (leaders chair any); others are refused', async () => {
    const names = async (client: typeof clients.member) => {
      const response = await client.get(`${MEETINGS}/series`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ items: SeriesView[] }>().items;
    };
    const member = await names(clients.member);
    const leader = await names(clients.leader);
    expect(member.some((s) => s.name === '星萌冻干项目周调度会' && s.canManage)).toBe(true);
    expect(member.some((s) => s.name === '丹朱总部经济园区周调度会')).toBe(false);
    expect(member.find((s) => s.name === '全区重点项目月汇总会')?.canManage).toBe(false);
    const danzhu = leader.find((s) => s.name === '丹朱总部经济园区周调度会');
    expect(danzhu).toMatchObject({ cadence: 'weekly', canManage: true });
    expect((await names(clients.park)).every((s) => !s.canManage)).toBe(true);
    expect(danzhu?.meetingCount).toBeGreaterThanOrEqual(50);
    expect((await names(clients.park)).length).toBe(leader.length);
    expect((await names(clients.admin)).every((s) => s.canManage)).toBe(true);
    const options = (await clients.member.get(`${MEETINGS}/options`)).json<{
      people: { displayName: string }[];
      projects: { name: string }[];
    }>();
    expect(options.people.map((p) => p.displayName)).toContain('管委会领导（演示）');
    expect(options.people.map((p) => p.displayName)).not.toContain('企业用户（演示）');
    expect(options.projects.map((p) => p.name)).toContain('星萌冻干食品产业园项目');
    expect((await clients.department.get(`${MEETINGS}/series`)).statusCode).toBe(403);
    expect((await clients.enterprise.get(`${MEETINGS}/series`)).statusCode).toBe(403);

    const page = await clients.leader.get(`${MEETINGS}/series/${danzhu?.id}/meetings?pageSize=5`);
    const meetings = page.json<{ items: { id: string; heldOn: string }[] }>().items;
    expect(meetings.map((m) => m.heldOn)).toEqual([...meetings.map((m) => m.heldOn)].sort().reverse());
    const latest = meetings[0]?.id ?? '';
    expect((await clients.member.get(`${MEETINGS}/${latest}`)).statusCode).toBe(404);
    expect((await meetingOf({ id: latest }, clients.leader)).canManage).toBe(true);
    const seen = await meetingOf({ id: latest }, clients.park);
    expect(seen.canManage).toBe(false);
    expect((await clients.park.post(`${MEETINGS}/${latest}/outcomes`, { kind: 'info', text: 'x' })).statusCode).toBe(
      403,
    );
    expect((await clients.member.post(`${MEETINGS}/${latest}/outcomes`, { kind: 'info', text: 'x' })).statusCode).toBe(
      404,
    );
  });

  it('shows the demo year: carried-over items with ages, most actions closed with results', async () => {
    const series = (await clients.member.get(`${MEETINGS}/series`)).json<{ items: SeriesView[] }>().items;
    const weekly = series.find((s) => s.name === '星萌冻干项目周调度会');
    expect(weekly?.openActions).toBeGreaterThan(0);
    const latest = (await clients.member.get(`${MEETINGS}/series/${weekly?.id}/meetings?pageSize=1`)).json<{
      items: { id: string }[];
    }>().items[0];
    const meeting = await meetingOf({ id: latest?.id ?? '' });
    expect(meeting.carriedOver.length).toBeGreaterThan(0);
    expect(meeting.carriedOver.every((a) => a.ageWorkdays > 0 && a.raisedOn < meeting.heldOn)).toBe(true);
    const all = (await clients.member.get(`${MEETINGS}/actions?seriesId=${weekly?.id}`)).json<{ items: ActionView[] }>()
      .items;
    const closed = all.filter((a) => a.status === 'closed');
    expect(closed.length / all.length).toBeGreaterThan(0.8);
    expect(closed.every((a) => a.result && a.closedOn && a.closedOn >= a.raisedOn)).toBe(true);
    const kinds = (await clients.leader.get(`${MEETINGS}/series`))
      .json<{ items: SeriesView[] }>()
      .items.map((s) => s.cadence);
    for (const cadence of ['daily', 'weekly', 'monthly', 'quarterly', 'annual']) expect(kinds).toContain(cadence);

    const project = (await clients.member.get(`${API}?q=${encodeURIComponent('星萌')}`)).json<{
      items: { id: string }[];
    }>().items[0];
    const tab = await clients.member.get(`${MEETINGS}/project/${project?.id}`);
    expect(tab.statusCode, tab.body).toBe(200);
    const tabBody = tab.json<{ meetings: MeetingView[]; actions: ActionView[] }>();
    expect(tabBody.meetings.length).toBeGreaterThan(50);
    expect(tabBody.actions.every((a) => a.projectId === project?.id)).toBe(true);
    const overdue = (await clients.leader.get(`${MEETINGS}/actions?overdue=true`)).json<{
      today: string;
      items: ActionView[];
    }>();
    expect(overdue.items.every((a) => a.status === 'open' && a.overdue && (a.dueOn ?? '') < overdue.today)).toBe(true);
  });
});
