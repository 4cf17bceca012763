import type { ProjectKind, ProjectStage, RagStatus, StepKey } from '@zonehub/project-rules';
import i18next from 'i18next';
import type { TranslationKey } from '../../i18n';
import type { DayReason } from './project.types';

/**
 * Labels of the project vocabulary from @zonehub/project-rules, read from the dictionaries
 * (projects.ts); the keys are spelled out so a missing label fails type-checking.
 */
const STAGE_KEYS: Record<ProjectStage, TranslationKey> = {
  signed: 'projects.stage.signed',
  preliminary: 'projects.stage.preliminary',
  started: 'projects.stage.started',
  underConstruction: 'projects.stage.underConstruction',
  completed: 'projects.stage.completed',
  producing: 'projects.stage.producing',
  atCapacity: 'projects.stage.atCapacity',
};

const KIND_KEYS: Record<ProjectKind, TranslationKey> = {
  new: 'projects.kind.new',
  expansion: 'projects.kind.expansion',
  renovation: 'projects.kind.renovation',
};

const STEP_KEYS_LABEL: Record<StepKey, TranslationKey> = {
  approvalFiling: 'projects.step.approvalFiling',
  energyReview: 'projects.step.energyReview',
  environmentalReview: 'projects.step.environmentalReview',
  landPreReview: 'projects.step.landPreReview',
  landTransfer: 'projects.step.landTransfer',
  planningPermit: 'projects.step.planningPermit',
  constructionPermit: 'projects.step.constructionPermit',
  constructionStart: 'projects.step.constructionStart',
  structureDone: 'projects.step.structureDone',
  completionAcceptance: 'projects.step.completionAcceptance',
  productionStart: 'projects.step.productionStart',
  fullCapacity: 'projects.step.fullCapacity',
};

const RAG_KEYS: Record<RagStatus, TranslationKey> = {
  green: 'projects.rag.green',
  amber: 'projects.rag.amber',
  red: 'projects.rag.red',
  done: 'projects.rag.done',
};

const DAY_REASON_KEYS: Record<DayReason, TranslationKey> = {
  weekday: 'projects.calendar.reason.weekday',
  weekend: 'projects.calendar.reason.weekend',
  holiday: 'projects.calendar.reason.holiday',
  makeUpWorkday: 'projects.calendar.reason.makeUpWorkday',
  overrideHoliday: 'projects.calendar.reason.overrideHoliday',
  overrideWorkday: 'projects.calendar.reason.overrideWorkday',
};

export const projectStageLabel = (stage: ProjectStage): string => i18next.t(STAGE_KEYS[stage]);
export const projectKindLabel = (kind: ProjectKind): string => i18next.t(KIND_KEYS[kind]);
export const stepLabel = (step: StepKey): string => i18next.t(STEP_KEYS_LABEL[step]);
export const ragLabel = (status: RagStatus): string => i18next.t(RAG_KEYS[status]);
export const dayReasonLabel = (reason: DayReason): string => i18next.t(DAY_REASON_KEYS[reason]);

/** The colour of a light (antd palette, readable on white and in the Gantt). */
export const RAG_COLORS: Record<RagStatus, string> = {
  green: '#52c41a',
  amber: '#faad14',
  red: '#f5222d',
  done: '#8c8c8c',
};
