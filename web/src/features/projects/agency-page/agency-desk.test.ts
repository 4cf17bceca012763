import { describe, expect, it } from 'vitest';
import { deskBodyOf, deskOrder, deskQuery, deskStatusOf } from './agency-desk';
import { buildAgencyStatsOption } from './agency-stats.option';

describe('deskStatusOf', () => {
  it('is approved once approved (late or not), overdue while open past the limit, else open', () => {
    expect(deskStatusOf({ approvedOn: '2026-03-09', overdue: true })).toBe('approved');
    expect(deskStatusOf({ approvedOn: null, overdue: true })).toBe('overdue');
    expect(deskStatusOf({ approvedOn: null, overdue: false })).toBe('open');
  });
});

describe('deskQuery', () => {
  it('leaves blanks out', () => {
    expect(deskQuery({})).toEqual({});
    expect(deskQuery({ status: 'open', departmentId: '', from: '2026-03-01', to: undefined })).toEqual({
      status: 'open',
      from: '2026-03-01',
    });
  });
});

describe('deskBodyOf', () => {
  it('sends only the desk fields with the version read, blanks as null and text trimmed', () => {
    expect(
      deskBodyOf(
        { submittedOn: '2026-03-02', acceptedOn: '', approvedOn: '2026-03-09', handledByName: ' 李工 ', notes: '  ' },
        { version: 4 },
      ),
    ).toEqual({
      version: 4,
      submittedOn: '2026-03-02',
      acceptedOn: null,
      approvedOn: '2026-03-09',
      handledByName: '李工',
      notes: null,
    });
  });
});

describe('buildAgencyStatsOption', () => {
  it('draws mean, max and overdue per department, with no bar where nothing was approved', () => {
    const option = buildAgencyStatsOption(
      [
        {
          departmentId: 'a',
          departmentName: '住建服务所',
          count: 3,
          approvedCount: 2,
          meanWorkdaysToApproval: 7,
          maxWorkdaysToApproval: 9,
          overdueOpenCount: 1,
        },
        {
          departmentId: 'b',
          departmentName: '环保服务所',
          count: 1,
          approvedCount: 0,
          meanWorkdaysToApproval: null,
          maxWorkdaysToApproval: null,
          overdueOpenCount: 0,
        },
      ],
      { meanWorkdaysToApproval: '平均', maxWorkdaysToApproval: '最长', overdueOpenCount: '超时在办' },
    );
    expect(option.xAxis).toMatchObject({ data: ['住建服务所', '环保服务所'] });
    expect(option.series).toEqual([
      expect.objectContaining({ name: '平均', type: 'bar', data: [7, null] }),
      expect.objectContaining({ name: '最长', type: 'bar', data: [9, null] }),
      expect.objectContaining({ name: '超时在办', type: 'bar', data: [1, 0] }),
    ]);
  });
});

describe('deskOrder', () => {
  it('puts overdue first, then open, then approved, the newest submission first within each', () => {
    const item = (id: string, submittedOn: string | null, approvedOn: string | null, overdue: boolean) => ({
      id,
      submittedOn,
      approvedOn,
      overdue,
    });
    const ordered = deskOrder([
      item('done-old', '2026-01-05', '2026-01-20', false),
      item('open-old', '2026-03-01', null, false),
      item('late', '2026-02-01', null, true),
      item('open-new', '2026-03-09', null, false),
      item('done-late', '2026-02-10', '2026-03-30', true),
    ]);
    expect(ordered.map((i) => i.id)).toEqual(['late', 'open-new', 'open-old', 'done-late', 'done-old']);
  });
});
