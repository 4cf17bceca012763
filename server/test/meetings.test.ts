import { describe, expect, it } from 'vitest';
import {
  addOutcome,
  createSeries,
  holdMeeting,
  MEETINGS,
  type MeetingView,
  meetingCounts,
  meetingOf,
  type SeriesView,
} from './meetings-world.js';
import { clients, createProject, daysFrom, ids, type Problem, setUpProjectWorld, t, today } from './project-world.js';

setUpProjectWorld();

const fieldsOf = (body: string) => (JSON.parse(body) as Problem).errors?.map((e) => e.field).sort() ?? [];

describe('meeting series', () => {
  it('creates, edits with a version, refuses a stale edit naming who, and deletes only a series that never met', async () => {
    const series = await createSeries({ defaultPlace: '二期项目部' });
    expect(series).toMatchObject({ cadence: 'weekly', meetingCount: 0, canManage: true, version: 1 });
    const edited = await clients.member.patch(`${MEETINGS}/series/${series.id}`, {
      version: 1,
      name: 'MTG 星萌周调度',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await clients.member.patch(`${MEETINGS}/series/${series.id}`, { version: 1, name: 'MTG 后到' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().code).toBe('meeting.versionConflict');
    expect(stale.json<Problem>().detail).toContain('专班成员（演示）');

    await holdMeeting(series, {});
    const refused = await clients.member.delete(`${MEETINGS}/series/${series.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<Problem>().code).toBe('meeting.seriesHasMeetings');
    const off = await clients.member.patch(`${MEETINGS}/series/${series.id}`, { version: 2, isActive: false });
    expect(off.json<SeriesView>()).toMatchObject({ nextDueOn: null, version: 3 });

    const empty = await createSeries();
    expect((await clients.member.delete(`${MEETINGS}/series/${empty.id}`)).statusCode).toBe(204);
    expect((await clients.member.get(`${MEETINGS}/series/${empty.id}`)).statusCode).toBe(404);
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', 'in', [series.id, empty.id])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'meetingSeries.create',
      'meetingSeries.update',
      'meetingSeries.update',
      'meetingSeries.create',
      'meetingSeries.delete',
    ]);
  });

  it('lets only the task force (or, zone-wide, admins and investment staff) create a series', async () => {
    const before = await meetingCounts();
    const other = await clients.member.post(`${MEETINGS}/series`, {
      name: 'MTG 别的专班',
      cadence: 'weekly',
      taskForceId: ids.丹朱总部经济园区专班,
    });
    expect(other.statusCode).toBe(403);
    const zoneWide = await clients.member.post(`${MEETINGS}/series`, { name: 'MTG 全区', cadence: 'monthly' });
    expect(zoneWide.statusCode).toBe(403);
    const bad = await clients.admin.post(`${MEETINGS}/series`, {
      name: 'MTG 坏',
      cadence: 'weekly',
      taskForceId: ids.招商局,
      chairId: '00000000-0000-4000-8000-000000000000',
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['body.chairId', 'body.taskForceId']);
    const cadence = await clients.admin.post(`${MEETINGS}/series`, { name: 'MTG', cadence: 'hourly' });
    expect(cadence.statusCode).toBe(400);
    expect((await clients.park.post(`${MEETINGS}/series`, { name: 'MTG', cadence: 'weekly' })).statusCode).toBe(403);
    expect(await meetingCounts()).toEqual(before);
    await createSeries({ taskForceId: null, cadence: 'monthly' }, clients.investment);
  });
});

describe('holding a meeting', () => {
  it('records attendees (users and outside people) and an agenda linked to projects', async () => {
    const series = await createSeries();
    const project = await createProject();
    const meeting = await holdMeeting(series, {
      onSite: true,
      siteEnterpriseId: ids.enterprise,
      attendees: [{ userId: ids['user:taskForceMember'] }, { name: '王建国', organization: '山西星萌科技有限公司' }],
      agenda: [{ topic: '二期主体结构', projectId: project.id }, { topic: '用工招聘' }],
    });
    expect(meeting).toMatchObject({ onSite: true, siteEnterpriseName: '山西星萌科技有限公司', canManage: true });
    expect(meeting.attendees.map((a) => a.name).sort()).toEqual(['专班成员（演示）', '王建国'].sort());
    expect(meeting.agenda.map((a) => [a.topic, a.projectName])).toEqual([
      ['二期主体结构', project.name],
      ['用工招聘', null],
    ]);
    const list = await clients.member.get(`${MEETINGS}/series/${series.id}/meetings`);
    expect(list.json<{ total: number; items: { id: string; agendaCount: number }[] }>()).toMatchObject({
      total: 1,
      items: [{ id: meeting.id, agendaCount: 2 }],
    });
  });

  it('refuses bad input naming every field, and writes nothing', async () => {
    const series = await createSeries();
    const hidden = await createProject(clients.admin, { taskForceId: ids.丹朱总部经济园区专班 });
    const before = await meetingCounts();
    const bad = await clients.member.post(`${MEETINGS}/series/${series.id}/meetings`, {
      heldOn: daysFrom(3),
      onSite: false,
      siteEnterpriseId: ids.enterprise,
      attendees: [{ organization: '无名' }, { userId: '00000000-0000-4000-8000-000000000000' }],
      agenda: [{ topic: '别的项目', projectId: hidden.id }],
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual([
      'body.agenda.0.projectId',
      'body.attendees.0.name',
      'body.attendees.1.userId',
      'body.heldOn',
      'body.siteEnterpriseId',
    ]);
    const time = await clients.member.post(`${MEETINGS}/series/${series.id}/meetings`, {
      heldOn: today,
      startsAt: '25:00',
    });
    expect(time.statusCode).toBe(400);
    expect(await meetingCounts()).toEqual(before);
  });
});

describe('editing a meeting', () => {
  it('edits with a version, keeps agenda items by id, replaces attendees, and refuses a stale save', async () => {
    const series = await createSeries();
    const meeting = await holdMeeting(series, {
      attendees: [{ name: '李工', organization: '施工总包' }],
      agenda: [{ topic: 'MTG 二期主体' }, { topic: 'MTG 用工' }],
    });
    const [kept, dropped] = meeting.agenda;
    const info = await addOutcome(meeting, { kind: 'info', text: 'MTG 用工进展', agendaItemId: dropped?.id });
    const saved = await clients.member.patch(`${MEETINGS}/${meeting.id}`, {
      version: 1,
      place: '二期项目部',
      attendees: [{ userId: ids['user:taskForceMember'] }],
      agenda: [{ id: kept?.id, topic: 'MTG 二期主体结构' }, { topic: 'MTG 设备进场' }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = saved.json<MeetingView>();
    expect(after).toMatchObject({ place: '二期项目部', version: 2 });
    expect(after.attendees.map((a) => a.name)).toEqual(['专班成员（演示）']);
    expect(after.agenda.map((a) => [a.topic, a.id === kept?.id])).toEqual([
      ['MTG 二期主体结构', true],
      ['MTG 设备进场', false],
    ]);
    // The dropped item's outcome stays, unlinked.
    expect(after.outcomes.find((o) => o.id === info.id)).toMatchObject({ text: 'MTG 用工进展', agendaItemId: null });
    const stale = await clients.member.patch(`${MEETINGS}/${meeting.id}`, { version: 1, place: '后到' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().code).toBe('meeting.versionConflict');
    const foreign = await clients.member.patch(`${MEETINGS}/${meeting.id}`, {
      version: 2,
      agenda: [{ id: '00000000-0000-4000-8000-000000000000', topic: 'MTG 别的' }],
    });
    expect(fieldsOf(foreign.body)).toEqual(['body.agenda.0.id']);
    expect((await meetingOf(meeting)).place).toBe('二期项目部');
  });
});
