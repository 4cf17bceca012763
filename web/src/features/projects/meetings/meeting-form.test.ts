import { describe, expect, it } from 'vitest';
import { meetingBody, parseOutsideLine, splitCarriedOver } from './meeting-form';
import type { Action } from './meetings.api';

describe('meetingBody', () => {
  it('turns picked users and outside lines into attendees and drops empty agenda rows', () => {
    const body = meetingBody({
      heldOn: '2026-11-23',
      startsAt: '09:00',
      place: '  ',
      placeKind: 'office',
      siteEnterpriseId: 'e1',
      summary: null,
      userIds: ['u1'],
      outside: '王建国 山西星萌科技有限公司\n\n李工，二期施工总包单位',
      agenda: [{ topic: '二期主体结构', projectId: 'p1' }, { topic: ' ' }, { topic: '用工招聘' }],
    });
    expect(body).toEqual({
      heldOn: '2026-11-23',
      startsAt: '09:00',
      place: null,
      placeKind: 'office',
      onSite: false,
      siteEnterpriseId: null,
      summary: null,
      attendees: [
        { userId: 'u1', name: null, organization: null },
        { userId: null, name: '王建国', organization: '山西星萌科技有限公司' },
        { userId: null, name: '李工', organization: '二期施工总包单位' },
      ],
      agenda: [
        { topic: '二期主体结构', projectId: 'p1' },
        { topic: '用工招聘', projectId: null },
      ],
    });
  });

  it('keeps the site enterprise only for a meeting at a firm or on a site, which is on site', () => {
    const base = {
      heldOn: '2026-11-23',
      startsAt: null,
      place: null,
      summary: null,
      userIds: [],
      outside: null,
      agenda: [],
    };
    expect(meetingBody({ ...base, placeKind: 'firm', siteEnterpriseId: 'e1' })).toMatchObject({
      placeKind: 'firm',
      onSite: true,
      siteEnterpriseId: 'e1',
    });
    expect(meetingBody({ ...base, placeKind: 'site', siteEnterpriseId: null })).toMatchObject({ onSite: true });
  });
});

describe('parseOutsideLine', () => {
  it('reads a name alone, or a name and an organization', () => {
    expect(parseOutsideLine('陈经理')).toEqual({ name: '陈经理', organization: null });
    expect(parseOutsideLine(' 周工、孵化中心 施工单位 ')).toEqual({ name: '周工', organization: '孵化中心 施工单位' });
    expect(parseOutsideLine('   ')).toBeNull();
  });
});

describe('splitCarriedOver', () => {
  it('separates items closed at this meeting from those still open', () => {
    const item = (id: string, closedInMeetingId: string | null) => ({ id, closedInMeetingId }) as Action;
    const { open, closedHere } = splitCarriedOver('m2', [item('a', null), item('b', 'm2'), item('c', 'm3')]);
    expect(open.map((a) => a.id)).toEqual(['a', 'c']);
    expect(closedHere.map((a) => a.id)).toEqual(['b']);
  });
});
