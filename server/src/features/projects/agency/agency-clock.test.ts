import { WorkingCalendar } from '@zonehub/working-calendar';
import { describe, expect, it } from 'vitest';
import { correctionPeriods, statutoryClock } from './agency-clock.js';

const calendar = new WorkingCalendar();

describe('correction periods', () => {
  it('pairs each return with the next resubmission, leaving the last open while with the applicant', () => {
    expect(
      correctionPeriods([
        { step: 'submit', on: '2026-03-02' },
        { step: 'return', on: '2026-03-03' },
        { step: 'resubmit', on: '2026-03-05' },
        { step: 'accept', on: '2026-03-06' },
        { step: 'return', on: '2026-03-10' },
      ]),
    ).toEqual([
      { from: '2026-03-03', to: '2026-03-05' },
      { from: '2026-03-10', to: null },
    ]);
  });
});

describe('the statutory clock', () => {
  // March 2026 has no statutory holiday: Mon 2 … Fri 6, Mon 9 … Fri 13, Mon 16 … Fri 20.
  const item = { acceptedOn: '2026-03-02', approvedOn: null, statutoryDays: 5 };

  it('does not run before acceptance, whatever was submitted or returned', () => {
    expect(
      statutoryClock({ ...item, acceptedOn: null }, [{ from: '2026-03-02', to: null }], '2026-03-20', calendar),
    ).toEqual({ elapsedWorkdays: null, pausedWorkdays: 0, paused: true, dueOn: null, overdue: false });
  });

  it('runs from acceptance in working days, to today while open and to approval once approved', () => {
    expect(statutoryClock(item, [], '2026-03-06', calendar)).toEqual({
      elapsedWorkdays: 4,
      pausedWorkdays: 0,
      paused: false,
      dueOn: '2026-03-09',
      overdue: false,
    });
    expect(statutoryClock(item, [], '2026-03-10', calendar)).toMatchObject({ elapsedWorkdays: 6, overdue: true });
    expect(statutoryClock({ ...item, approvedOn: '2026-03-09' }, [], '2026-03-20', calendar)).toMatchObject({
      elapsedWorkdays: 5,
      overdue: false,
    });
  });

  it('stands still during correction (补正) and resumes on resubmission, moving the due day on', () => {
    // Returned Wed 4, still out on Fri 13: 3, 4 counted (2 days), then nothing.
    const open = [{ from: '2026-03-04', to: null }];
    expect(statutoryClock(item, open, '2026-03-13', calendar)).toEqual({
      elapsedWorkdays: 2,
      pausedWorkdays: 7,
      paused: true,
      dueOn: null,
      overdue: false,
    });
    // Resubmitted Fri 13: (4, 13] = 7 working days out; on Tue 17 the clock reads 2 + 2 = 4.
    const closed = [{ from: '2026-03-04', to: '2026-03-13' }];
    expect(statutoryClock(item, closed, '2026-03-17', calendar)).toEqual({
      elapsedWorkdays: 4,
      pausedWorkdays: 7,
      paused: false,
      dueOn: '2026-03-18',
      overdue: false,
    });
    expect(statutoryClock(item, closed, '2026-03-19', calendar)).toMatchObject({ elapsedWorkdays: 6, overdue: true });
  });

  it('ignores correction before acceptance and counts across a statutory holiday on the zone calendar', () => {
    // A return before acceptance (pre-acceptance 补正) is not on the clock.
    const early = [{ from: '2026-02-26', to: '2026-03-02' }];
    expect(statutoryClock(item, early, '2026-03-06', calendar)).toMatchObject({
      elapsedWorkdays: 4,
      pausedWorkdays: 0,
    });
    // Accepted Wed 30 Sep 2026: 1–7 Oct off, Thu 8, Fri 9, Sat 10 (make-up) worked.
    const national = { acceptedOn: '2026-09-30', approvedOn: null, statutoryDays: 3 };
    expect(statutoryClock(national, [], '2026-10-10', calendar)).toMatchObject({
      elapsedWorkdays: 3,
      dueOn: '2026-10-10',
      overdue: false,
    });
    // A zone's own day off (override) is not counted either.
    const zone = new WorkingCalendar([{ day: '2026-10-09', kind: 'holiday', name: '县庆' }]);
    expect(statutoryClock(national, [], '2026-10-10', zone)).toMatchObject({ elapsedWorkdays: 2, dueOn: '2026-10-12' });
  });
});
