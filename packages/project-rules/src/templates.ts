import type { WorkingCalendar } from '@zonehub/working-calendar';
import type { ProjectKind, StepKey } from './vocabulary.js';

/** A template step: its length in working days and the steps that must finish before it starts. */
export interface TemplateStep {
  stepKey: StepKey;
  workdays: number;
  after: StepKey[];
}

/**
 * Working-day durations for a county development zone where the zone's agency service (全代办)
 * runs the approvals in parallel once the project is filed: energy and environmental reviews and
 * the land pre-review start together after 立项备案; 施工许可 waits for planning and both reviews.
 * Steps are listed so that every `after` names an earlier step.
 */
const NEW_BUILD: TemplateStep[] = [
  { stepKey: 'approvalFiling', workdays: 5, after: [] },
  { stepKey: 'energyReview', workdays: 20, after: ['approvalFiling'] },
  { stepKey: 'environmentalReview', workdays: 30, after: ['approvalFiling'] },
  { stepKey: 'landPreReview', workdays: 15, after: ['approvalFiling'] },
  { stepKey: 'landTransfer', workdays: 40, after: ['landPreReview'] },
  { stepKey: 'planningPermit', workdays: 15, after: ['landTransfer'] },
  { stepKey: 'constructionPermit', workdays: 15, after: ['planningPermit', 'energyReview', 'environmentalReview'] },
  { stepKey: 'constructionStart', workdays: 1, after: ['constructionPermit'] },
  { stepKey: 'structureDone', workdays: 120, after: ['constructionStart'] },
  { stepKey: 'completionAcceptance', workdays: 20, after: ['structureDone'] },
  { stepKey: 'productionStart', workdays: 30, after: ['completionAcceptance'] },
  { stepKey: 'fullCapacity', workdays: 120, after: ['productionStart'] },
];

/** 扩建 on the enterprise's own land: no land pre-review or transfer; planning follows the filing. */
const EXPANSION: TemplateStep[] = [
  { stepKey: 'approvalFiling', workdays: 5, after: [] },
  { stepKey: 'energyReview', workdays: 20, after: ['approvalFiling'] },
  { stepKey: 'environmentalReview', workdays: 30, after: ['approvalFiling'] },
  { stepKey: 'planningPermit', workdays: 15, after: ['approvalFiling'] },
  { stepKey: 'constructionPermit', workdays: 15, after: ['planningPermit', 'energyReview', 'environmentalReview'] },
  { stepKey: 'constructionStart', workdays: 1, after: ['constructionPermit'] },
  { stepKey: 'structureDone', workdays: 90, after: ['constructionStart'] },
  { stepKey: 'completionAcceptance', workdays: 20, after: ['structureDone'] },
  { stepKey: 'productionStart', workdays: 20, after: ['completionAcceptance'] },
  { stepKey: 'fullCapacity', workdays: 90, after: ['productionStart'] },
];

/**
 * 技改 inside existing plant: no land steps and no new planning permit (the buildings stand);
 * the works are mostly equipment replacement, so shorter build and ramp-up.
 */
const RENOVATION: TemplateStep[] = [
  { stepKey: 'approvalFiling', workdays: 5, after: [] },
  { stepKey: 'energyReview', workdays: 20, after: ['approvalFiling'] },
  { stepKey: 'environmentalReview', workdays: 30, after: ['approvalFiling'] },
  { stepKey: 'constructionPermit', workdays: 15, after: ['energyReview', 'environmentalReview'] },
  { stepKey: 'constructionStart', workdays: 1, after: ['constructionPermit'] },
  { stepKey: 'structureDone', workdays: 60, after: ['constructionStart'] },
  { stepKey: 'completionAcceptance', workdays: 15, after: ['structureDone'] },
  { stepKey: 'productionStart', workdays: 20, after: ['completionAcceptance'] },
  { stepKey: 'fullCapacity', workdays: 60, after: ['productionStart'] },
];

export const TEMPLATES: Record<ProjectKind, TemplateStep[]> = {
  new: NEW_BUILD,
  expansion: EXPANSION,
  renovation: RENOVATION,
};

export interface PlannedStep {
  seq: number;
  stepKey: StepKey;
  plannedStartOn: string;
  dueOn: string;
  after: StepKey[];
}

/**
 * Plans the kind's template from `start`: a step without predecessors starts on the first working
 * day on or after `start`, any other on the working day after its latest predecessor is due; a step
 * of n working days is due on its n-th working day (the start day counts as the first).
 */
export function planFromTemplate(kind: ProjectKind, start: string, calendar: WorkingCalendar): PlannedStep[] {
  const dueOf = new Map<StepKey, string>();
  const firstDay = calendar.addWorkdays(start, 0);
  return TEMPLATES[kind].map((step, index) => {
    let latestPredecessorDue: string | null = null;
    for (const key of step.after) {
      const due = dueOf.get(key);
      if (due === undefined) throw new Error(`Template ${kind}: ${step.stepKey} comes before its predecessor ${key}`);
      if (latestPredecessorDue === null || due > latestPredecessorDue) latestPredecessorDue = due;
    }
    const plannedStartOn = latestPredecessorDue === null ? firstDay : calendar.addWorkdays(latestPredecessorDue, 1);
    const dueOn = calendar.addWorkdays(plannedStartOn, Math.max(step.workdays, 1) - 1);
    dueOf.set(step.stepKey, dueOn);
    return { seq: index + 1, stepKey: step.stepKey, plannedStartOn, dueOn, after: [...step.after] };
  });
}
