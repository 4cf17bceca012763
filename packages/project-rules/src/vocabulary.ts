/** The project vocabulary shared by the server and the web (see docs/design/projects.md). */

/** 新建 扩建 技改 */
export const PROJECT_KINDS = ['new', 'expansion', 'renovation'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

/** 签约 前期 开工(具备开工条件) 在建 竣工 投产 达产 */
export const PROJECT_STAGES = [
  'signed',
  'preliminary',
  'started',
  'underConstruction',
  'completed',
  'producing',
  'atCapacity',
] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

/** The standard milestone steps, in the order they normally happen. */
export const STEP_KEYS = [
  'approvalFiling',
  'energyReview',
  'environmentalReview',
  'landPreReview',
  'landTransfer',
  'planningPermit',
  'constructionPermit',
  'constructionStart',
  'structureDone',
  'completionAcceptance',
  'productionStart',
  'fullCapacity',
] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export const STEP_NAMES_ZH: Record<StepKey, string> = {
  approvalFiling: '立项备案',
  energyReview: '能评',
  environmentalReview: '环评',
  landPreReview: '用地预审',
  landTransfer: '土地出让',
  planningPermit: '规划许可',
  constructionPermit: '施工许可',
  constructionStart: '开工',
  structureDone: '主体完工',
  completionAcceptance: '竣工验收',
  productionStart: '投产',
  fullCapacity: '达产',
};

export const STEP_NAMES_EN: Record<StepKey, string> = {
  approvalFiling: 'Project approval filing',
  energyReview: 'Energy review',
  environmentalReview: 'Environmental review',
  landPreReview: 'Land-use pre-review',
  landTransfer: 'Land transfer',
  planningPermit: 'Planning permit',
  constructionPermit: 'Construction permit',
  constructionStart: 'Construction start',
  structureDone: 'Main structure done',
  completionAcceptance: 'Completion acceptance',
  productionStart: 'Production start',
  fullCapacity: 'Full capacity',
};

export function isStepKey(value: string): value is StepKey {
  return (STEP_KEYS as readonly string[]).includes(value);
}

export function isProjectKind(value: string): value is ProjectKind {
  return (PROJECT_KINDS as readonly string[]).includes(value);
}

export function isProjectStage(value: string): value is ProjectStage {
  return (PROJECT_STAGES as readonly string[]).includes(value);
}
