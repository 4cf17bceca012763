import type { ProjectKind } from '@zonehub/project-rules';
import { wanToYuan } from '../investment/leads/money-input';
import { type PhaseFormValues, phaseErrorPath, phaseFormToInput } from './phases-form';
import type { ProjectInput } from './project.types';

/** The new-project form's values, dates already as YYYY-MM-DD. */
export interface ProjectFormValues {
  kind: ProjectKind;
  name: string;
  enterpriseId?: string | null;
  parkId?: string | null;
  taskForceId: string;
  leaderInChargeId?: string | null;
  totalInvestmentWan?: number | null;
  signedOn?: string | null;
  isTransformation?: boolean;
  template?: boolean;
  phases?: PhaseFormValues[];
}

export const PROJECT_FORM_FIELDS = [
  'kind',
  'name',
  'enterpriseId',
  'parkId',
  'taskForceId',
  'leaderInChargeId',
  'totalInvestmentWan',
  'signedOn',
  'isTransformation',
  'template',
] as const;

/** The POST /projects body: amounts in yuan, blanks as null, the template on unless switched off. */
export function projectFormToInput(v: ProjectFormValues): ProjectInput {
  return {
    kind: v.kind,
    name: v.name.trim(),
    enterpriseId: v.enterpriseId ?? null,
    parkId: v.parkId ?? null,
    taskForceId: v.taskForceId,
    leaderInChargeId: v.leaderInChargeId ?? null,
    totalInvestmentYuan: wanToYuan(v.totalInvestmentWan),
    signedOn: v.signedOn || null,
    isTransformation: v.isTransformation ?? false,
    phases: (v.phases ?? []).map(phaseFormToInput),
    template: v.template ?? true,
  };
}

/** Where a server field error lands in the form: a phase's field, an amount's 万元 field, or the field itself. */
export function projectErrorPath(apiField: string): (string | number)[] | null {
  const phase = phaseErrorPath(apiField);
  if (phase) return phase;
  const name = apiField.replace(/^body\./, '').split('.')[0] ?? '';
  const field = name === 'totalInvestmentYuan' ? 'totalInvestmentWan' : name;
  return (PROJECT_FORM_FIELDS as readonly string[]).includes(field) ? [field] : null;
}
