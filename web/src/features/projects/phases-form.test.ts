import { describe, expect, it } from 'vitest';
import { phaseErrorPath, phaseFormToInput, phaseName, phaseToFormValues } from './phases-form';
import type { Phase } from './project.types';

describe('phaseFormToInput', () => {
  it('turns 万元 into yuan without float noise and blanks into null', () => {
    expect(
      phaseFormToInput({
        name: ' 一期 ',
        investmentWan: 32_000,
        capacity: '  冻干生产线20条，年产1万吨 ',
        expectedRevenueWan: 63_300.1,
        expectedTaxWan: 0.3,
        expectedJobs: 300,
        plannedStartOn: '2022-05-01',
        plannedEndOn: '',
      }),
    ).toEqual({
      name: '一期',
      investmentYuan: 320_000_000,
      capacity: '冻干生产线20条，年产1万吨',
      expectedRevenueYuan: 633_001_000,
      expectedTaxYuan: 3_000,
      expectedJobs: 300,
      plannedStartOn: '2022-05-01',
      plannedEndOn: null,
    });
  });

  it('keeps unknown amounts unknown (null, not 0)', () => {
    const input = phaseFormToInput({ name: '二期', investmentWan: null, capacity: '' });
    expect(input.investmentYuan).toBeNull();
    expect(input.capacity).toBeNull();
    expect(input.expectedJobs).toBeNull();
  });
});

describe('phaseToFormValues', () => {
  it('shows yuan as 万元 and round-trips through the form', () => {
    const phase: Phase = {
      id: 'p1',
      seq: 1,
      name: '一期',
      investmentYuan: 320_000_000,
      capacity: '20条',
      expectedRevenueYuan: 633_000_000,
      expectedTaxYuan: 70_000_000,
      expectedJobs: 300,
      plannedStartOn: '2022-05-01',
      plannedEndOn: '2023-05-01',
      actualStartOn: null,
      actualEndOn: null,
    };
    const values = phaseToFormValues(phase);
    expect(values.investmentWan).toBe(32_000);
    expect(values.expectedTaxWan).toBe(7_000);
    const { id: _id, seq: _seq, actualStartOn: _s, actualEndOn: _e, ...input } = phase;
    expect(phaseFormToInput(values)).toEqual(input);
  });
});

describe('phase names and errors', () => {
  it('names phases 一期, 二期, 三期 and then by number', () => {
    expect([0, 1, 2, 3].map(phaseName)).toEqual(['一期', '二期', '三期', '第4期']);
  });

  it('puts a server error on a phase amount on its 万元 field', () => {
    expect(phaseErrorPath('body.phases.1.investmentYuan')).toEqual(['phases', 1, 'investmentWan']);
    expect(phaseErrorPath('phases.0.plannedEndOn')).toEqual(['phases', 0, 'plannedEndOn']);
    expect(phaseErrorPath('body.name')).toBeNull();
  });
});
