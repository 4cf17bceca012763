import type { ProjectStage, StepKey } from './vocabulary.js';

/** The pre-construction formalities (前期手续): any one done moves a signed project to preliminary. */
const PERMIT_STEPS: readonly StepKey[] = [
  'approvalFiling',
  'energyReview',
  'environmentalReview',
  'landPreReview',
  'landTransfer',
  'planningPermit',
];

/**
 * The stage each step reaches when done. structureDone is not named by the contract's rule; it can
 * only be done once building is under way, so it counts as underConstruction (a project never
 * falls back to an earlier stage because 开工 was not ticked).
 */
const STAGE_REACHED: Partial<Record<StepKey, ProjectStage>> = {
  ...Object.fromEntries(PERMIT_STEPS.map((key) => [key, 'preliminary'])),
  constructionPermit: 'started',
  constructionStart: 'underConstruction',
  structureDone: 'underConstruction',
  completionAcceptance: 'completed',
  productionStart: 'producing',
  fullCapacity: 'atCapacity',
};

const STAGE_RANK: Record<ProjectStage, number> = {
  signed: 0,
  preliminary: 1,
  started: 2,
  underConstruction: 3,
  completed: 4,
  producing: 5,
  atCapacity: 6,
};

/** The highest stage reached by the done items; custom items (no step key) do not move the stage. */
export function deriveStage(items: { stepKey: string | null; actualDoneOn: string | null }[]): ProjectStage {
  let stage: ProjectStage = 'signed';
  for (const item of items) {
    if (item.actualDoneOn === null || item.stepKey === null) continue;
    const reached = (STAGE_REACHED as Partial<Record<string, ProjectStage>>)[item.stepKey];
    if (reached !== undefined && STAGE_RANK[reached] > STAGE_RANK[stage]) stage = reached;
  }
  return stage;
}
