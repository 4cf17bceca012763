import type { ProjectKind } from '@zonehub/project-rules';
import { wanToYuan, yuanToWan } from '../investment/leads/money-input';
import { type PhaseFormValues, phaseErrorPath, phaseFormToInput, phaseToFormValues } from './phases-form';
import type { PhaseInput, ProjectDetail } from './project.types';

/**
 * A phase in the edit form: the editor's fields plus what it does not show but the PATCH must carry
 * back (the phase's id, so its milestones keep it; its actual dates, which the server would clear).
 */
export interface EditPhaseValues extends PhaseFormValues {
  id?: string | undefined;
  actualStartOn?: string | null | undefined;
  actualEndOn?: string | null | undefined;
}

/** The edit-project form's values, dates already as YYYY-MM-DD. */
export interface ProjectEditValues {
  name: string;
  kind: ProjectKind;
  isTransformation: boolean;
  enterpriseId: string | null;
  parkId: string | null;
  parcelId: string | null;
  buildingId: string | null;
  totalInvestmentWan: number | null;
  taskForceId: string;
  leaderInChargeId: string | null;
  signedOn: string | null;
  description: string | null;
  phases: EditPhaseValues[];
}

export const PROJECT_EDIT_FIELDS = [
  'name',
  'kind',
  'isTransformation',
  'enterpriseId',
  'parkId',
  'parcelId',
  'buildingId',
  'totalInvestmentWan',
  'taskForceId',
  'leaderInChargeId',
  'signedOn',
  'description',
] as const;

export function projectToEditValues(p: ProjectDetail): ProjectEditValues {
  return {
    name: p.name,
    kind: p.kind,
    isTransformation: p.isTransformation,
    enterpriseId: p.enterpriseId,
    parkId: p.parkId,
    parcelId: p.parcelId,
    buildingId: p.buildingId,
    totalInvestmentWan: yuanToWan(p.totalInvestmentYuan),
    taskForceId: p.taskForceId,
    leaderInChargeId: p.leaderInChargeId,
    signedOn: p.signedOn,
    description: p.description,
    phases: p.phases.map((phase) => ({
      ...phaseToFormValues(phase),
      id: phase.id,
      actualStartOn: phase.actualStartOn,
      actualEndOn: phase.actualEndOn,
    })),
  };
}

export type ProjectPatch = Omit<ProjectEditValues, 'totalInvestmentWan' | 'phases'> & {
  version: number;
  totalInvestmentYuan: number | null;
  phases: (PhaseInput & { id?: string; actualStartOn: string | null; actualEndOn: string | null })[];
};

const text = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

/** The PATCH /projects/:id body: every field, the version read, the whole phase list with ids kept. */
export function editValuesToPatch(v: ProjectEditValues, version: number): ProjectPatch {
  return {
    version,
    name: v.name.trim(),
    kind: v.kind,
    isTransformation: v.isTransformation ?? false,
    enterpriseId: v.enterpriseId ?? null,
    parkId: v.parkId ?? null,
    parcelId: v.parcelId ?? null,
    buildingId: v.buildingId ?? null,
    totalInvestmentYuan: wanToYuan(v.totalInvestmentWan),
    taskForceId: v.taskForceId,
    leaderInChargeId: v.leaderInChargeId ?? null,
    signedOn: v.signedOn || null,
    description: text(v.description),
    phases: (v.phases ?? []).map((phase) => ({
      ...(phase.id ? { id: phase.id } : {}),
      ...phaseFormToInput(phase),
      actualStartOn: phase.actualStartOn || null,
      actualEndOn: phase.actualEndOn || null,
    })),
  };
}

/**
 * Only what the user changed since the form opened (and the version): after a conflict, saving
 * again applies the user's changes on top of the other save instead of reverting its fields.
 */
export function changedOnly(patch: ProjectPatch, opened: ProjectPatch): Partial<ProjectPatch> & { version: number } {
  const changed: Partial<ProjectPatch> & { version: number } = { version: patch.version };
  for (const key of Object.keys(patch) as (keyof ProjectPatch)[]) {
    if (key === 'version') continue;
    if (JSON.stringify(patch[key]) !== JSON.stringify(opened[key])) Object.assign(changed, { [key]: patch[key] });
  }
  return changed;
}

/** Where a server field error shows in the edit form (a phase's field, 万元 for yuan, or the field). */
export function editErrorPath(apiField: string): (string | number)[] | null {
  const phase = phaseErrorPath(apiField);
  if (phase) return phase;
  const name = apiField.replace(/^body\./, '').split('.')[0] ?? '';
  const field = name === 'totalInvestmentYuan' ? 'totalInvestmentWan' : name;
  return (PROJECT_EDIT_FIELDS as readonly string[]).includes(field) ? [field] : null;
}
