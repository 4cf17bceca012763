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
  state: 'accepted',
  submittedOn: '2026-03-02',
  acceptedOn: '2026-03-02',
  approvedOn: null,
  approvalDocNo: null,
  returnReason: null,
  statutoryDays: 20,
  tolerance: true,
  commitment: false,
  handledById: null,
  handledByName: null,
  notes: null,
  elapsedWorkdays: 12,
  pausedWorkdays: 0,
  paused: false,
  dueOn: '2026-03-30',
  overdue: false,
  steps: [],
  files: [],
  actions: [],
  version: 3,
  canUpdate: true,
  updatedAt: '2026-03-02T00:00:00Z',
};

describe('agency form', () => {
  it('sends what the item is for the task force (not its department while with it), only notes for the department', () => {
    const values = { ...formValuesOf(item), item: ' 环评批复 ', departmentId: 'd2', notes: ' 已补件 ' } as Parameters<
      typeof bodyOf
    >[0];
    expect(bodyOf(values, item, true)).toEqual({
      version: 3,
      notes: '已补件',
      item: '环评批复',
      statutoryDays: 20,
      tolerance: true,
      commitment: false,
    });
    expect(bodyOf(values, { ...item, state: 'returned' }, true)).toMatchObject({ departmentId: 'd2' });
    expect(bodyOf(values, item, false)).toEqual({ version: 3, notes: '已补件' });
    const created = bodyOf({ ...values, submit: true }, null, true);
    expect(created).not.toHaveProperty('version');
    expect(created).toMatchObject({ departmentId: 'd2', submit: true });
  });

  it('shows used against limit, with a dash before acceptance', () => {
    expect(elapsedParts(item)).toEqual({ elapsed: '12', limit: '20' });
    expect(elapsedParts({ ...item, elapsedWorkdays: null })).toEqual({ elapsed: '—', limit: '20' });
  });
});
