import { describe, expect, it } from 'vitest';
import type { AgencyItem } from './agency.api';
import { bodyOf, elapsedParts, formValuesOf } from './agency-form';

const item: AgencyItem = {
  id: 'a1',
  projectId: 'p1',
  projectName: '星萌冻干二期',
  item: '环评批复',
  departmentId: 'd1',
  departmentName: '环保服务所',
  submittedOn: '2026-03-02',
  acceptedOn: null,
  approvedOn: null,
  statutoryDays: 20,
  tolerance: true,
  commitment: false,
  handledById: null,
  handledByName: null,
  notes: null,
  elapsedWorkdays: 12,
  overdue: false,
  version: 3,
  canUpdate: true,
  updatedAt: '2026-03-02T00:00:00Z',
};

describe('agency form', () => {
  it('sends everything for the task force and only dates, handler and notes for the department', () => {
    const values = { ...formValuesOf(item), item: ' 环评批复 ', handledByName: '  ', notes: ' 已补件 ' } as Parameters<
      typeof bodyOf
    >[0];
    expect(bodyOf(values, item, true)).toEqual({
      version: 3,
      submittedOn: '2026-03-02',
      acceptedOn: null,
      approvedOn: null,
      handledByName: null,
      notes: '已补件',
      item: '环评批复',
      departmentId: 'd1',
      statutoryDays: 20,
      tolerance: true,
      commitment: false,
    });
    expect(bodyOf(values, item, false)).toEqual({
      version: 3,
      submittedOn: '2026-03-02',
      acceptedOn: null,
      approvedOn: null,
      handledByName: null,
      notes: '已补件',
    });
    expect(bodyOf(values, null, true)).not.toHaveProperty('version');
  });

  it('shows used against limit, with a dash before submission', () => {
    expect(elapsedParts(item)).toEqual({ elapsed: '12', limit: '20' });
    expect(elapsedParts({ ...item, elapsedWorkdays: null })).toEqual({ elapsed: '—', limit: '20' });
  });
});
