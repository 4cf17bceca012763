import { WorkingCalendar } from '@zonehub/working-calendar';
import { describe, expect, it } from 'vitest';
import { type ActionFacts, ageWorkdays, carriesOver, closeProblem, isOverdue, nextMeetingOn } from './meeting-rules.js';

// 2025: National Day holiday 10-01..10-08, make-up workdays Sun 09-28 and Sat 10-11.
const calendar = new WorkingCalendar();

const meeting = { id: 'm3', heldOn: '2025-10-13', createdAt: '2025-10-13T01:00:00Z' };
const action = (over: Partial<ActionFacts>): ActionFacts => ({
  id: 'a',
  kind: 'action',
  status: 'open',
  dueOn: '2025-10-10',
  closedOn: null,
  closedInMeetingId: null,
  meetingId: 'm1',
  raisedOn: '2025-09-29',
  raisedAt: '2025-09-29T01:00:00Z',
  ...over,
});

describe('carriesOver', () => {
  it('carries an open action raised at an earlier meeting', () => {
    expect(carriesOver(action({}), meeting)).toBe(true);
  });
  it('does not carry info, decisions, or the meeting’s own items', () => {
    expect(carriesOver(action({ kind: 'decision', status: 'closed' }), meeting)).toBe(false);
    expect(carriesOver(action({ meetingId: 'm3', raisedOn: '2025-10-13' }), meeting)).toBe(false);
  });
  it('does not carry items from a later meeting, and orders same-day meetings by creation', () => {
    expect(carriesOver(action({ raisedOn: '2025-10-20' }), meeting)).toBe(false);
    expect(carriesOver(action({ raisedOn: '2025-10-13', raisedAt: '2025-10-13T00:30:00Z' }), meeting)).toBe(true);
    expect(carriesOver(action({ raisedOn: '2025-10-13', raisedAt: '2025-10-13T02:00:00Z' }), meeting)).toBe(false);
  });
  it('keeps what was open at the meeting: closed here or later yes, closed before no', () => {
    const closed = { status: 'closed' as const };
    expect(carriesOver(action({ ...closed, closedInMeetingId: 'm3', closedOn: '2025-10-13' }), meeting)).toBe(true);
    expect(carriesOver(action({ ...closed, closedInMeetingId: 'm4', closedOn: '2025-10-20' }), meeting)).toBe(true);
    expect(carriesOver(action({ ...closed, closedInMeetingId: 'm2', closedOn: '2025-10-09' }), meeting)).toBe(false);
    expect(carriesOver(action({ ...closed, closedOn: '2025-10-13' }), meeting)).toBe(true);
    expect(carriesOver(action({ ...closed, closedOn: '2025-10-12' }), meeting)).toBe(false);
  });
});

describe('ageWorkdays and isOverdue', () => {
  it('counts working days on the statutory calendar, holidays out and make-up days in', () => {
    // 09-30 (Tue), 10-09 (Thu), 10-10 (Fri), 10-11 (Sat make-up), 10-13 (Mon): 5 working days.
    expect(ageWorkdays('2025-09-29', '2025-10-13', calendar)).toBe(5);
    expect(ageWorkdays('2025-10-13', '2025-10-13', calendar)).toBe(0);
    expect(ageWorkdays('2025-10-20', '2025-10-13', calendar)).toBe(0);
  });
  it('is overdue only while open and past its due date', () => {
    expect(isOverdue({ dueOn: '2025-10-10' }, true, '2025-10-13')).toBe(true);
    expect(isOverdue({ dueOn: '2025-10-13' }, true, '2025-10-13')).toBe(false);
    expect(isOverdue({ dueOn: '2025-10-10' }, false, '2025-10-13')).toBe(false);
    expect(isOverdue({ dueOn: null }, true, '2025-10-13')).toBe(false);
  });
});

describe('nextMeetingOn', () => {
  it('steps each cadence to the first working day of its next period', () => {
    expect(nextMeetingOn('daily', '2025-09-30', calendar)).toBe('2025-10-09');
    expect(nextMeetingOn('weekly', '2025-09-24', calendar)).toBe('2025-09-29');
    expect(nextMeetingOn('weekly', '2025-09-29', calendar)).toBe('2025-10-09');
    expect(nextMeetingOn('monthly', '2025-09-15', calendar)).toBe('2025-10-09');
    expect(nextMeetingOn('quarterly', '2025-08-20', calendar)).toBe('2025-10-09');
    // 2026-01-01..03 are the New Year holiday; Sunday 01-04 is a make-up working day.
    expect(nextMeetingOn('annual', '2025-12-30', calendar)).toBe('2026-01-04');
    expect(nextMeetingOn('weekly', null, calendar)).toBeNull();
  });
});

describe('closeProblem', () => {
  it('closes an open action with a result, and names what is wrong otherwise', () => {
    expect(closeProblem({ kind: 'action', status: 'open' }, '已完成')).toBeNull();
    expect(closeProblem({ kind: 'action', status: 'open' }, '   ')).toBe('resultRequired');
    expect(closeProblem({ kind: 'action', status: 'closed' }, '已完成')).toBe('alreadyClosed');
    expect(closeProblem({ kind: 'decision', status: 'closed' }, '已完成')).toBe('notAnAction');
  });
});
