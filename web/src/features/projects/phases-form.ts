import { wanToYuan, yuanToWan } from '../investment/leads/money-input';
import type { Phase, PhaseInput } from './project.types';

/** A phase as the form holds it: amounts typed in 万元, dates as YYYY-MM-DD (or empty). */
export interface PhaseFormValues {
  name: string;
  investmentWan?: number | null;
  capacity?: string | null;
  expectedRevenueWan?: number | null;
  expectedTaxWan?: number | null;
  expectedJobs?: number | null;
  plannedStartOn?: string | null;
  plannedEndOn?: string | null;
}

/** The default names of the phases as they are added: 一期, 二期, 三期 (then 第N期). */
export const PHASE_NAMES = ['一期', '二期', '三期'] as const;
export const phaseName = (index: number): string => PHASE_NAMES[index] ?? `第${index + 1}期`;

const text = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);
const count = (value: number | null | undefined): number | null =>
  value === null || value === undefined || Number.isNaN(value) ? null : Math.round(value);

/** The API's phase from the form's: 万元 to yuan (rounded to the fen), blanks as null. */
export function phaseFormToInput(v: PhaseFormValues): PhaseInput {
  return {
    name: v.name.trim(),
    investmentYuan: wanToYuan(v.investmentWan),
    capacity: text(v.capacity),
    expectedRevenueYuan: wanToYuan(v.expectedRevenueWan),
    expectedTaxYuan: wanToYuan(v.expectedTaxWan),
    expectedJobs: count(v.expectedJobs),
    plannedStartOn: v.plannedStartOn || null,
    plannedEndOn: v.plannedEndOn || null,
  };
}

/** The form's phase from the API's: yuan back to 万元. */
export function phaseToFormValues(phase: Phase): PhaseFormValues {
  return {
    name: phase.name,
    investmentWan: yuanToWan(phase.investmentYuan),
    capacity: phase.capacity,
    expectedRevenueWan: yuanToWan(phase.expectedRevenueYuan),
    expectedTaxWan: yuanToWan(phase.expectedTaxYuan),
    expectedJobs: phase.expectedJobs,
    plannedStartOn: phase.plannedStartOn,
    plannedEndOn: phase.plannedEndOn,
  };
}

/**
 * Where a server error on a phase field shows in the form: `phases.1.investmentYuan` is the
 * form's `['phases', 1, 'investmentWan']`; other fields keep their names.
 */
export function phaseErrorPath(apiField: string): (string | number)[] | null {
  const match = /^(?:body\.)?phases\.(\d+)\.(\w+)$/.exec(apiField);
  if (!match?.[1] || !match[2]) return null;
  const field = match[2].replace(/Yuan$/, 'Wan');
  return ['phases', Number(match[1]), field];
}
