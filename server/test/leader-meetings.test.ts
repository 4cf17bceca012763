import { describe, expect, it } from 'vitest';
import { addOutcome, createSeries, holdMeeting, MEETINGS, meetingOf } from './meetings-world.js';
import { clients, createProject, ids, setUpProjectWorld, t, today } from './project-world.js';
import { FACTORY_PASSWORD, placeUser } from './user-factory.js';

setUpProjectWorld();

describe('a leader chairs dispatch meetings (调度会开到企业、开到工地，现场交办)', () => {
  it('opens a zone-wide series, holds a meeting at a firm and raises an action item the owner is told of', async () => {
    const series = await createSeries(
      { name: 'LDR 重点项目现场调度会', taskForceId: null, chairId: ids['user:leader'] },
      clients.leader,
    );
    expect(series.canManage).toBe(true);
    const project = await createProject();
    const meeting = await holdMeeting(
      series,
      {
        heldOn: today,
        placeKind: 'firm',
        place: '山西星萌科技有限公司车间',
        siteEnterpriseId: ids.enterprise,
        agenda: [{ topic: '冻干线设备进场', projectId: project.id }],
      },
      clients.leader,
    );
    expect(meeting).toMatchObject({ placeKind: 'firm', onSite: true, canManage: true });
    const action = await addOutcome(
      meeting,
      {
        kind: 'action',
        text: 'LDR 三日内协调电力接入',
        projectId: project.id,
        ownerId: ids['user:taskForceMember'],
        dueOn: today,
      },
      clients.leader,
    );
    expect(action.ownerId).toBe(ids['user:taskForceMember']);
    const told = await t.ctx.db
      .selectFrom('notifications')
      .select('kind')
      .where('userId', '=', ids['user:taskForceMember'] ?? '')
      .where('subjectId', '=', action.id)
      .execute();
    expect(told.map((n) => n.kind)).toEqual(['actionAssigned']);
  });

  it('holds a meeting on a construction site or in the office, and a leader may chair a task force series', async () => {
    const series = await createSeries();
    const site = await holdMeeting(series, { placeKind: 'site', place: '项目工地' }, clients.leader);
    expect(site).toMatchObject({ placeKind: 'site', onSite: true, siteEnterpriseName: null });
    const office = await holdMeeting(series, { place: '管委会三楼会议室' }, clients.leader);
    expect(office).toMatchObject({ placeKind: 'office', onSite: false });
    const legacy = await holdMeeting(series, { onSite: true, siteEnterpriseId: ids.enterprise });
    expect(legacy.placeKind).toBe('firm');
    const edited = await clients.leader.patch(`${MEETINGS}/${office.id}`, {
      version: office.version,
      placeKind: 'site',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await meetingOf(office, clients.leader)).placeKind).toBe('site');
  });

  it('refuses an office meeting that names a site enterprise, naming the field', async () => {
    const series = await createSeries();
    const response = await clients.leader.post(`${MEETINGS}/series/${series.id}/meetings`, {
      heldOn: today,
      placeKind: 'office',
      siteEnterpriseId: ids.enterprise,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([
      'body.siteEnterpriseId',
    ]);
  });

  it('keeps a leader to the series of their own zone', async () => {
    const series = await createSeries();
    await placeUser(t.ctx.db, 'ldr-meet-qingxu', [{ zone: 'qingxu', role: 'leader' }]);
    const outsider = await t.login('ldr-meet-qingxu', FACTORY_PASSWORD);
    const response = await outsider.post(`${MEETINGS}/series/${series.id}/meetings`, { heldOn: today });
    expect(response.statusCode).toBe(404);
    expect((await outsider.get(`${MEETINGS}/series/${series.id}`)).statusCode).toBe(404);
  });

  it('keeps park staff reading, not chairing', async () => {
    const series = await createSeries();
    const response = await clients.park.post(`${MEETINGS}/series/${series.id}/meetings`, { heldOn: today });
    expect(response.statusCode).toBe(403);
  });
});
