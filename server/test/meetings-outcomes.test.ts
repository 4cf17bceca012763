import { describe, expect, it } from 'vitest';
import {
  type ActionView,
  addOutcome,
  createSeries,
  holdMeeting,
  MEETINGS,
  meetingCounts,
  meetingOf,
  type OutcomeView,
  zipEntryText,
} from './meetings-world.js';
import { API, clients, daysFrom, ids, type Problem, setUpProjectWorld, t } from './project-world.js';

setUpProjectWorld();

const fieldsOf = (body: string) => (JSON.parse(body) as Problem).errors?.map((e) => e.field).sort() ?? [];

describe('outcomes and carried-over action items', () => {
  it('requires an owner and a due date not before the meeting for an action, stores info closed, and tells the owner', async () => {
    const series = await createSeries();
    const meeting = await holdMeeting(series, { heldOn: daysFrom(-7) });
    const before = await meetingCounts();
    const noOwner = await clients.member.post(`${MEETINGS}/${meeting.id}/outcomes`, {
      kind: 'action',
      text: 'MTG 协调供电',
    });
    expect(noOwner.statusCode).toBe(400);
    expect(fieldsOf(noOwner.body)).toEqual(['body.dueOn', 'body.ownerId']);
    const early = await clients.member.post(`${MEETINGS}/${meeting.id}/outcomes`, {
      kind: 'action',
      text: 'MTG 协调供电',
      ownerId: ids['user:taskForceMember'],
      dueOn: daysFrom(-8),
    });
    expect(fieldsOf(early.body)).toEqual(['body.dueOn']);
    const infoOwner = await clients.member.post(`${MEETINGS}/${meeting.id}/outcomes`, {
      kind: 'info',
      text: 'MTG 进度',
      ownerId: ids['user:taskForceMember'],
    });
    expect(fieldsOf(infoOwner.body)).toEqual(['body.ownerId']);
    // A department or enterprise user cannot open meetings: the item would reach them as a dead link.
    for (const role of ['departmentStaff', 'enterpriseUser']) {
      const outsider = await clients.member.post(`${MEETINGS}/${meeting.id}/outcomes`, {
        kind: 'action',
        text: 'MTG 协调供电',
        ownerId: ids[`user:${role}`],
        dueOn: daysFrom(0),
      });
      expect(outsider.statusCode, role).toBe(400);
      expect((JSON.parse(outsider.body) as Problem).errors?.[0]?.message).toBe(
        '该用户无权查看调度会，不能作为交办事项的责任人',
      );
    }
    expect(await meetingCounts()).toEqual(before);

    const info = await addOutcome(meeting, { kind: 'info', text: 'MTG 主体结构形象进度60%' });
    expect(info).toMatchObject({ status: 'closed', closedOn: daysFrom(-7), ownerId: null });
    const action = await addOutcome(meeting, {
      kind: 'action',
      text: 'MTG 协调供电公司完成接入批复',
      ownerId: ids['user:investmentStaff'],
      dueOn: daysFrom(-1),
    });
    expect(action).toMatchObject({ status: 'open', ownerName: '招商专员（演示）' });
    const told = await t.ctx.db
      .selectFrom('notifications')
      .select(['userId', 'kind', 'link'])
      .where('dedupeKey', '=', `action:${action.id}:assigned:${ids['user:investmentStaff']}`)
      .execute();
    expect(told).toEqual([
      { userId: ids['user:investmentStaff'], kind: 'actionAssigned', link: `/projects/meetings/${meeting.id}` },
    ]);

    // The new owner now reaches the series through the item they own, though not in its task force.
    const mine = await clients.investment.get(`${MEETINGS}/actions?mine=true&status=open`);
    expect(mine.json<{ items: ActionView[] }>().items.map((i) => i.id)).toContain(action.id);
    expect(mine.json<{ items: ActionView[] }>().items.find((i) => i.id === action.id)).toMatchObject({
      overdue: true,
      canManage: false,
    });
    expect((await clients.investment.get(`${MEETINGS}/${meeting.id}`)).statusCode).toBe(200);
    const reassign = await clients.member.patch(`${MEETINGS}/outcomes/${action.id}`, {
      version: 1,
      ownerId: ids['user:taskForceMember'],
    });
    expect(reassign.statusCode, reassign.body).toBe(200);
    const toldAgain = await t.ctx.db
      .selectFrom('notifications')
      .select('userId')
      .where('subjectId', '=', action.id)
      .execute();
    expect(toldAgain.map((n) => n.userId).sort()).toEqual(
      [ids['user:investmentStaff'], ids['user:taskForceMember']].sort(),
    );
  });

  it('carries open actions to later meetings with their age in working days on the zone calendar', async () => {
    const series = await createSeries();
    // 2025-09-29 (Mon) → 2025-10-13 (Mon): National Day week off, 10-11 (Sat) a make-up day: 5 working days.
    const first = await holdMeeting(series, { heldOn: '2025-09-29' });
    const action = await addOutcome(first, {
      kind: 'action',
      text: 'MTG 办理二期冷库消防设计审查',
      ownerId: ids['user:taskForceMember'],
      dueOn: '2025-10-10',
    });
    const decision = await addOutcome(first, { kind: 'decision', text: 'MTG 实行周报制度' });
    const second = await holdMeeting(series, {
      heldOn: '2025-10-13',
      attendees: [{ name: '李工', organization: '施工总包' }],
    });
    const carried = (await meetingOf(second)).carriedOver;
    expect(carried.map((a) => [a.id, a.raisedOn, a.ageWorkdays, a.overdue])).toEqual([
      [action.id, '2025-09-29', 5, true],
    ]);
    expect((await meetingOf(first)).carriedOver).toEqual([]);

    // A zone holiday on 10-10 takes one working day off the age.
    const holiday = await clients.admin.put(`${API}/calendar/overrides/2025-10-10`, {
      kind: 'holiday',
      name: '园区检修',
    });
    expect(holiday.statusCode, holiday.body).toBe(200);
    expect((await meetingOf(second)).carriedOver[0]?.ageWorkdays).toBe(4);
    expect((await clients.admin.delete(`${API}/calendar/overrides/2025-10-10`)).statusCode).toBeLessThan(300);

    // Closing: no result → 422; a decision → 409; a stale version → 409 naming who; then closed at the meeting.
    const noResult = await clients.member.post(`${MEETINGS}/outcomes/${action.id}/close`, {
      result: '  ',
      meetingId: second.id,
    });
    expect(noResult.statusCode).toBe(422);
    expect(noResult.json<Problem>().code).toBe('meeting.resultRequired');
    const notAction = await clients.member.post(`${MEETINGS}/outcomes/${decision.id}/close`, { result: '已办' });
    expect(notAction.statusCode).toBe(409);
    expect(notAction.json<Problem>().code).toBe('meeting.notAnAction');
    const edited = await clients.member.patch(`${MEETINGS}/outcomes/${action.id}`, {
      version: 1,
      text: 'MTG 办理二期冷库消防审查',
    });
    expect(edited.statusCode).toBe(200);
    const stale = await clients.member.post(`${MEETINGS}/outcomes/${action.id}/close`, {
      result: '已取得',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>()).toMatchObject({ code: 'meeting.versionConflict' });
    expect(stale.json<Problem>().detail).toContain('专班成员（演示）');
    const badDay = await clients.member.post(`${MEETINGS}/outcomes/${action.id}/close`, {
      result: '已取得',
      closedOn: '2025-09-01',
    });
    expect(fieldsOf(badDay.body)).toEqual(['body.closedOn']);
    const unchanged = (await meetingOf(second)).carriedOver[0];
    expect(unchanged).toMatchObject({ status: 'open', result: null });

    const closed = await clients.member.post(`${MEETINGS}/outcomes/${action.id}/close`, {
      result: '消防设计审查意见书已取得',
      meetingId: second.id,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json<OutcomeView>()).toMatchObject({
      status: 'closed',
      closedOn: '2025-10-13',
      closedInMeetingId: second.id,
    });
    const again = await clients.member.post(`${MEETINGS}/outcomes/${action.id}/close`, { result: '再次' });
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().code).toBe('meeting.alreadyClosed');

    // The meeting that closed it still lists it (closed here); a later meeting no longer carries it.
    expect((await meetingOf(second)).carriedOver.map((a) => [a.id, a.status])).toEqual([[action.id, 'closed']]);
    const third = await holdMeeting(series, { heldOn: '2025-10-20' });
    expect((await meetingOf(third)).carriedOver).toEqual([]);
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', action.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'meetingOutcome.create',
      'meetingOutcome.update',
      'meetingOutcome.close',
    ]);
  });

  it('writes the minutes as .docx: attendees, new actions, carried-over items with their age, closed items', async () => {
    const series = await createSeries({ name: 'MTG 星萌纪要周调度' });
    const first = await holdMeeting(series, { heldOn: '2025-09-29' });
    await addOutcome(first, {
      kind: 'action',
      text: 'MTG 遗留事项协调用电',
      ownerId: ids['user:taskForceMember'],
      dueOn: '2025-10-10',
    });
    const done = await addOutcome(first, {
      kind: 'action',
      text: 'MTG 已办事项招聘',
      ownerId: ids['user:taskForceMember'],
      dueOn: '2025-10-10',
    });
    const second = await holdMeeting(series, {
      heldOn: '2025-10-13',
      onSite: true,
      siteEnterpriseId: ids.enterprise,
      attendees: [{ userId: ids['user:leader'] }, { name: '王建国', organization: '山西星萌科技有限公司' }],
      agenda: [{ topic: '二期主体结构' }],
    });
    await addOutcome(second, { kind: 'decision', text: 'MTG 主体结构节点列入督办' });
    await addOutcome(second, {
      kind: 'action',
      text: 'MTG 新交办增加劳动力',
      ownerId: ids['user:investmentStaff'],
      dueOn: '2025-10-24',
    });
    await clients.member.post(`${MEETINGS}/outcomes/${done.id}/close`, {
      result: 'MTG 签约员工85人',
      meetingId: second.id,
    });

    const response = await clients.leader.get(`${MEETINGS}/${second.id}/minutes.docx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    const xml = zipEntryText(response.rawPayload, 'word/document.xml') ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    for (const expected of [
      'MTG 星萌纪要周调度会议纪要',
      '（2025年10月13日）',
      '现场交办企业：山西星萌科技有限公司',
      '管委会领导（演示）',
      '王建国（山西星萌科技有限公司）',
      '二期主体结构',
      'MTG 主体结构节点列入督办',
      'MTG 新交办增加劳动力',
      '招商专员（演示）',
      '2025年10月24日',
      'MTG 遗留事项协调用电',
      '5个工作日（已逾期）',
      'MTG 签约员工85人',
    ])
      expect(text).toContain(expected);
    expect((await clients.enterprise.get(`${MEETINGS}/${second.id}/minutes.docx`)).statusCode).toBe(403);
  });
});
