import { describe, expect, it } from 'vitest';
import type { Action } from '../meetings/meetings.api';
import type { Milestone } from '../project.types';
import { acknowledgedCount, parseTargetValue, receiptState, targetOptions, targetValue } from './instruction-targets';

const milestone = (over: Partial<Milestone>) => ({ actualDoneOn: null, slackWorkdays: 3, ...over }) as Milestone;
const action = (over: Partial<Action>) => ({ status: 'open', overdue: false, ...over }) as Action;

describe('targetOptions', () => {
  it('offers the project, then open milestones and open action items, overdue first; done and closed left out', () => {
    const options = targetOptions(
      {
        id: 'p1',
        name: '星萌冻干',
        milestones: [
          milestone({ id: 'm1', name: '环评' }),
          milestone({ id: 'm2', name: '施工许可', slackWorkdays: -4 }),
          milestone({ id: 'm3', name: '立项', actualDoneOn: '2026-01-05' }),
        ],
      },
      [
        action({ id: 'a1', text: '协调电力' }),
        action({ id: 'a2', text: '用工招聘', overdue: true }),
        action({ id: 'a3', text: '已办结', status: 'closed' }),
      ],
    );
    expect(options.map((o) => [o.type, o.id, o.overdue])).toEqual([
      ['project', 'p1', false],
      ['milestone', 'm2', true],
      ['milestone', 'm1', false],
      ['actionItem', 'a2', true],
      ['actionItem', 'a1', false],
    ]);
  });
});

describe('target values', () => {
  it('round-trips a target and refuses anything else', () => {
    expect(parseTargetValue(targetValue({ type: 'milestone', id: 'm-1' }))).toEqual({
      targetType: 'milestone',
      targetId: 'm-1',
    });
    expect(parseTargetValue('notification:n1')).toBeNull();
    expect(parseTargetValue('project:')).toBeNull();
  });
});

describe('receipts', () => {
  it('reads acknowledged over read over unread, and counts the acknowledged', () => {
    const r = { userId: 'u', displayName: 'u', reply: null };
    expect(receiptState({ ...r, readAt: null, acknowledgedAt: null })).toBe('unread');
    expect(receiptState({ ...r, readAt: 'x', acknowledgedAt: null })).toBe('read');
    expect(receiptState({ ...r, readAt: 'x', acknowledgedAt: 'y' })).toBe('acknowledged');
    expect(
      acknowledgedCount({
        recipients: [
          { ...r, readAt: 'x', acknowledgedAt: 'y' },
          { ...r, readAt: null, acknowledgedAt: null },
        ],
      }),
    ).toBe(1);
  });
});
