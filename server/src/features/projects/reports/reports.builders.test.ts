import { WorkingCalendar } from '@zonehub/working-calendar';
import { describe, expect, it } from 'vitest';
import { buildMonthly } from './monthly.builder.js';
import { buildQuarterly } from './quarterly.builder.js';
import type { ReportRules } from './report-asof.js';
import { headerOf } from './report-header.js';
import { currentKey, isoWeekOf, parseReportPeriod, type ReportPeriod } from './report-period.js';
import { periodWords } from './report-words.js';
import type { ReportMilestoneRow, ReportProjectRow } from './reports.repository.js';
import { buildWeekly } from './weekly.builder.js';

const calendar = new WorkingCalendar();
const rulesOf = (period: ReportPeriod | null): ReportRules => {
  if (!period) throw new Error('no period');
  return { period, calendar, amberWorkdays: 5 };
};
const project = (id: string, taskForceId = 'tf1'): ReportProjectRow => ({
  id,
  code: id.toUpperCase(),
  name: `项目${id}`,
  taskForceId,
  taskForceName: `专班${taskForceId}`,
  stage: 'signed',
  ragStatus: 'green',
});
let n = 0;
const item = (
  projectId: string,
  dueOn: string,
  actualDoneOn: string | null = null,
  baselineDueOn = dueOn,
): ReportMilestoneRow => ({
  id: `m${++n}`,
  projectId,
  name: `事项${n}`,
  stepKey: null,
  ownerName: '张三',
  dueOn,
  baselineDueOn,
  actualDoneOn,
});

describe('report periods', () => {
  it('reads ISO weeks, months, quarters and years, and refuses the wrong kind', () => {
    expect(isoWeekOf('2026-11-29')).toBe('2026-W48');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(parseReportPeriod('weekly', '2026-W48', '2026-11-26')).toEqual({
      key: '2026-W48',
      start: '2026-11-23',
      last: '2026-11-29',
      end: '2026-11-30',
      asOf: '2026-11-26',
    });
    expect(parseReportPeriod('weekly', '2026-W53', '2027-06-01')?.last).toBe('2027-01-03');
    expect(parseReportPeriod('weekly', '2025-W53', '2026-01-01')).toBeNull();
    expect(parseReportPeriod('monthly', '2026-Q4', '2026-11-26')).toBeNull();
    expect(parseReportPeriod('quarterly', '2026-Q4', '2027-02-01')?.asOf).toBe('2026-12-31');
    expect(parseReportPeriod('annual', '2026', '2025-06-01')?.asOf).toBe('2026-01-01');
    expect(currentKey('quarterly', '2026-11-29')).toBe('2026-Q4');
    expect(periodWords('2026-Q4')).toBe('2026年第四季度');
    expect(periodWords('2026-W07')).toBe('2026年第7周');
  });
});

describe('weekly builder', () => {
  it('lists open overdue items as of the week’s end and counts lights by task force', () => {
    const period = parseReportPeriod('weekly', '2026-W47', '2026-12-01');
    const rows = {
      projects: [project('a'), project('b', 'tf2')],
      milestones: [
        item('a', '2026-11-19'), // Thu: overdue Fri 20 → 1 working day at Sun 22
        item('a', '2026-11-10', '2026-11-25'), // Tue, done only after the week: 8 working days overdue on Sun 22
        item('b', '2026-11-21'), // Sat: red on Sun 22 (past its day), 0 working days late
      ],
      changes: [],
      meetings: [],
      actions: [],
    };
    const r = buildWeekly(headerOf(rulesOf(period).period, 'now', null), rows, rulesOf(period));
    expect(r.redItems.map((i) => [i.milestoneName, i.overdueWorkdays])).toEqual([
      ['事项2', 8],
      ['事项1', 1],
      ['事项3', 0],
    ]);
    expect(r.lightsByTaskForce.map((t) => [t.taskForceName, t.red, t.amber])).toEqual([
      ['专班tf1', 1, 0],
      ['专班tf2', 1, 0],
    ]);
  });
});

describe('monthly builder', () => {
  it('does not call an item due today missed, but does once the month is over', () => {
    const rows = { projects: [project('a')], milestones: [item('a', '2026-11-20')], investment: [], plans: new Map() };
    const during = rulesOf(parseReportPeriod('monthly', '2026-11', '2026-11-20'));
    expect(buildMonthly(headerOf(during.period, 'now', null), rows, during).missed).toEqual([]);
    const after = rulesOf(parseReportPeriod('monthly', '2026-11', '2026-12-03'));
    expect(buildMonthly(headerOf(after.period, 'now', null), rows, after).missed).toEqual([
      expect.objectContaining({ lateWorkdays: 6 }),
    ]);
  });

  it('sums investment to date against the plan, percent with one decimal', () => {
    const rows = {
      projects: [project('a')],
      milestones: [],
      investment: [
        { projectId: 'a', month: '2026-03', completedYuan: 100 },
        { projectId: 'a', month: '2026-11', completedYuan: 200 },
      ],
      plans: new Map([['a', 900]]),
    };
    const rules = rulesOf(parseReportPeriod('monthly', '2026-11', '2026-12-03'));
    expect(buildMonthly(headerOf(rules.period, 'now', null), rows, rules).headline).toMatchObject({
      monthYuan: 200,
      ytdYuan: 300,
      planYuan: 900,
      ytdPercent: 33.3,
    });
  });
});

describe('quarterly builder', () => {
  it('measures slippage from the baseline, never below zero, and plans a quarter of the year', () => {
    const rows = {
      projects: [project('a')],
      milestones: [
        item('a', '2026-10-20', '2026-10-22', '2026-10-16'), // 4 working days late
        item('a', '2026-12-30', '2026-10-05', '2026-12-30'), // early: 0
      ],
      investment: [],
      plans: new Map([['a', 1000]]),
    };
    const rules = rulesOf(parseReportPeriod('quarterly', '2026-Q4', '2027-01-10'));
    expect(buildQuarterly(headerOf(rules.period, 'now', null), rows, rules).headline).toMatchObject({
      milestonesPlanned: 2,
      milestonesPlannedDone: 2,
      investmentPlanYuan: 250,
      slippedItems: 1,
      meanSlipWorkdays: 2,
      maxSlipWorkdays: 4,
    });
  });
});
