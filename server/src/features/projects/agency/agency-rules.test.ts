import { describe, expect, it } from 'vitest';
import { agencyDateProblems, departmentStats, stepDayProblem } from './agency-rules.js';

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

describe("a step's day", () => {
  it('may be today or earlier, never before the previous step', () => {
    expect(stepDayProblem('2026-03-10', '2026-03-09', '2026-03-10')).toBeNull();
    expect(stepDayProblem('2026-03-09', '2026-03-09', '2026-03-10')).toBeNull();
    expect(stepDayProblem('2026-03-11', null, '2026-03-10')).toBe('dateInFuture');
    expect(stepDayProblem('2026-03-08', '2026-03-09', '2026-03-10')).toBe('beforePreviousStep');
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
