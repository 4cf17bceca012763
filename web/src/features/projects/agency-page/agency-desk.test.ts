import { describe, expect, it } from 'vitest';
import type { AgencyState } from '../agency.api';
import { deskNotesBody, deskOrder, deskQuery } from './agency-desk';
import { buildAgencyStatsOption } from './agency-stats.option';

describe('deskQuery', () => {
  it('leaves blanks out', () => {
    expect(deskQuery({})).toEqual({});
    expect(deskQuery({ status: 'submitted', departmentId: '', from: '2026-03-01', to: undefined })).toEqual({
      status: 'submitted',
      from: '2026-03-01',
    });
  });
});

describe('deskNotesBody', () => {
  it('sends only the notes with the version read, blank as null and trimmed', () => {
    expect(deskNotesBody('  ', { version: 4 })).toEqual({ version: 4, notes: null });
    expect(deskNotesBody(' 材料已收 ', { version: 4 })).toEqual({ version: 4, notes: '材料已收' });
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
  it('puts late items first, then new ones to accept, in hand, with the applicant and done, newest first within each', () => {
    const item = (id: string, state: AgencyState, submittedOn: string | null, overdue: boolean) => ({
      id,
      state,
      submittedOn,
      overdue,
    });
    const ordered = deskOrder([
      item('done-old', 'approved', '2026-01-05', false),
      item('returned', 'returned', '2026-03-05', false),
      item('in-hand', 'accepted', '2026-03-01', false),
      item('late', 'accepted', '2026-02-01', true),
      item('new-old', 'submitted', '2026-03-01', false),
      item('new', 'submitted', '2026-03-09', false),
      item('done-late', 'approved', '2026-02-10', true),
    ]);
    expect(ordered.map((i) => i.id)).toEqual([
      'late',
      'new',
      'new-old',
      'in-hand',
      'returned',
      'done-late',
      'done-old',
    ]);
  });
});
