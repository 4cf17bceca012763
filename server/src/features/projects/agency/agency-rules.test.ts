import { WorkingCalendar } from '@zonehub/working-calendar';
import { describe, expect, it } from 'vitest';
import { agencyDateProblems, agencyTiming, departmentStats } from './agency-rules.js';

const calendar = new WorkingCalendar();
const none = { submittedOn: null, acceptedOn: null, approvedOn: null };

describe('agency date rules', () => {
  it('accepts ordered past dates and names every problem at once', () => {
    expect(
      agencyDateProblems(
        { submittedOn: '2026-03-02', acceptedOn: '2026-03-02', approvedOn: '2026-03-09' },
        '2026-03-10',
      ),
    ).toEqual([]);
    expect(
      agencyDateProblems(
        { submittedOn: '2026-03-11', acceptedOn: '2026-03-05', approvedOn: '2026-03-04' },
        '2026-03-10',
      ),
    ).toEqual([
      { field: 'submittedOn', code: 'dateInFuture' },
      { field: 'acceptedOn', code: 'acceptedBeforeSubmitted' },
      { field: 'approvedOn', code: 'approvedBeforeAccepted' },
    ]);
  });
});

describe('agency timing', () => {
  it('counts working days to approval, or to today while open, across the National Day holiday', () => {
    expect(agencyTiming({ ...none, statutoryDays: 5 }, '2026-03-10', calendar)).toEqual({
      elapsedWorkdays: null,
      overdue: false,
    });
    const approved = { ...none, submittedOn: '2026-03-02', approvedOn: '2026-03-09', statutoryDays: 5 };
    expect(agencyTiming(approved, '2026-11-01', calendar)).toEqual({ elapsedWorkdays: 5, overdue: false });
    expect(agencyTiming({ ...approved, statutoryDays: 4 }, '2026-11-01', calendar)).toEqual({
      elapsedWorkdays: 5,
      overdue: true,
    });
    const open = { ...none, submittedOn: '2026-09-30', statutoryDays: 5 };
    const elapsed = calendar.workdaysBetween('2026-09-30', '2026-10-12');
    expect(elapsed).toBeLessThan(8);
    expect(agencyTiming(open, '2026-10-12', calendar)).toEqual({ elapsedWorkdays: elapsed, overdue: elapsed > 5 });
  });
});

describe('department statistics', () => {
  it('aggregates count, approvals, mean and max days and open overdue items per department', () => {
    const item = (departmentId: string, approved: boolean, elapsedWorkdays: number | null, overdue: boolean) => ({
      departmentId,
      departmentName: departmentId,
      approved,
      elapsedWorkdays,
      overdue,
    });
    expect(
      departmentStats([
        item('b', true, 5, false),
        item('b', true, 8, true),
        item('b', false, 30, true),
        item('a', false, null, false),
      ]),
    ).toEqual([
      {
        departmentId: 'a',
        departmentName: 'a',
        count: 1,
        approvedCount: 0,
        meanWorkdaysToApproval: null,
        maxWorkdaysToApproval: null,
        overdueOpenCount: 0,
      },
      {
        departmentId: 'b',
        departmentName: 'b',
        count: 3,
        approvedCount: 2,
        meanWorkdaysToApproval: 6.5,
        maxWorkdaysToApproval: 8,
        overdueOpenCount: 1,
      },
    ]);
  });
});
