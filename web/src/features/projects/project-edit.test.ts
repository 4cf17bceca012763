import { describe, expect, it } from 'vitest';
import { milestoneAddBody } from './milestone-add';
import type { ProjectDetail } from './project.types';
import { changedOnly, editErrorPath, editValuesToPatch, projectToEditValues } from './project-edit';

const project = {
  id: 'p1',
  name: '星萌冻干食品产业园项目',
  kind: 'new',
  isTransformation: false,
  enterpriseId: 'e1',
  parkId: 'park1',
  parcelId: 'parcel1',
  buildingId: null,
  totalInvestmentYuan: 2_560_000_000,
  taskForceId: 'tf1',
  leaderInChargeId: 'u9',
  signedOn: '2022-04-16',
  description: '分三期建设',
  version: 7,
  phases: [
    {
      id: 'ph1',
      seq: 1,
      name: '一期',
      investmentYuan: 320_000_000,
      capacity: '20条生产线',
      expectedRevenueYuan: 633_000_000,
      expectedTaxYuan: 70_000_000,
      expectedJobs: 300,
      plannedStartOn: '2022-04-18',
      plannedEndOn: '2023-05-18',
      actualStartOn: '2022-05-20',
      actualEndOn: '2023-05-18',
    },
  ],
} as unknown as ProjectDetail;

describe('editing a project', () => {
  it('round-trips every field: 万元 back to yuan, the phase keeps its id and its actual dates', () => {
    const values = projectToEditValues(project);
    expect(values.totalInvestmentWan).toBe(256_000);
    expect(values.phases[0]).toMatchObject({ id: 'ph1', investmentWan: 32_000, actualStartOn: '2022-05-20' });
    expect(editValuesToPatch(values, project.version)).toEqual({
      version: 7,
      name: '星萌冻干食品产业园项目',
      kind: 'new',
      isTransformation: false,
      enterpriseId: 'e1',
      parkId: 'park1',
      parcelId: 'parcel1',
      buildingId: null,
      totalInvestmentYuan: 2_560_000_000,
      taskForceId: 'tf1',
      leaderInChargeId: 'u9',
      signedOn: '2022-04-16',
      description: '分三期建设',
      phases: [
        {
          id: 'ph1',
          name: '一期',
          investmentYuan: 320_000_000,
          capacity: '20条生产线',
          expectedRevenueYuan: 633_000_000,
          expectedTaxYuan: 70_000_000,
          expectedJobs: 300,
          plannedStartOn: '2022-04-18',
          plannedEndOn: '2023-05-18',
          actualStartOn: '2022-05-20',
          actualEndOn: '2023-05-18',
        },
      ],
    });
  });

  it('sends a new phase without an id, blanks as null and the description trimmed', () => {
    const values = projectToEditValues(project);
    const patch = editValuesToPatch(
      {
        ...values,
        description: '   ',
        signedOn: '',
        enterpriseId: undefined as unknown as null,
        phases: [...values.phases, { name: ' 二期 ', investmentWan: 98_000 }],
      },
      8,
    );
    expect(patch).toMatchObject({ version: 8, description: null, signedOn: null, enterpriseId: null });
    expect(patch.phases[1]).toEqual({
      name: '二期',
      investmentYuan: 980_000_000,
      capacity: null,
      expectedRevenueYuan: null,
      expectedTaxYuan: null,
      expectedJobs: null,
      plannedStartOn: null,
      plannedEndOn: null,
      actualStartOn: null,
      actualEndOn: null,
    });
    expect('id' in (patch.phases[1] ?? {})).toBe(false);
  });

  it('sends only what changed since the form opened, so a save after a conflict keeps the other save', () => {
    const opened = projectToEditValues(project);
    const baseline = editValuesToPatch(opened, 7);
    const edited = editValuesToPatch({ ...opened, totalInvestmentWan: 256_100 }, 8);
    expect(changedOnly(edited, baseline)).toEqual({ version: 8, totalInvestmentYuan: 2_561_000_000 });
    const phaseEdited = editValuesToPatch(
      { ...opened, phases: opened.phases.map((p) => ({ ...p, expectedJobs: 320 })) },
      8,
    );
    expect(Object.keys(changedOnly(phaseEdited, baseline))).toEqual(['version', 'phases']);
    expect(changedOnly(editValuesToPatch(opened, 9), baseline)).toEqual({ version: 9 });
  });

  it('places server field errors on the form fields', () => {
    expect(editErrorPath('body.totalInvestmentYuan')).toEqual(['totalInvestmentWan']);
    expect(editErrorPath('body.parcelId')).toEqual(['parcelId']);
    expect(editErrorPath('body.phases.0.expectedTaxYuan')).toEqual(['phases', 0, 'expectedTaxWan']);
    expect(editErrorPath('body.version')).toBeNull();
  });
});

describe('milestoneAddBody', () => {
  it('trims the name and notes, and sends blanks as null and no predecessors as []', () => {
    expect(
      milestoneAddBody({ name: ' 消防设计审查 ', plannedStartOn: '2026-03-02', dueOn: '2026-03-20', notes: ' ' }),
    ).toEqual({
      name: '消防设计审查',
      phaseId: null,
      ownerId: null,
      plannedStartOn: '2026-03-02',
      dueOn: '2026-03-20',
      predecessorIds: [],
      notes: null,
    });
    expect(
      milestoneAddBody({
        name: 'x',
        phaseId: 'ph1',
        ownerId: 'u1',
        plannedStartOn: '2026-03-02',
        dueOn: '2026-03-20',
        predecessorIds: ['m1', 'm2'],
      }),
    ).toMatchObject({ phaseId: 'ph1', ownerId: 'u1', predecessorIds: ['m1', 'm2'] });
  });
});
