import type { ProjectKind, ProjectStage, RagRule, RagStatus, StepKey } from '@zonehub/project-rules';

export type { ProjectKind, ProjectStage, RagRule, RagStatus, StepKey };

/** One row of GET /projects (docs/design/projects.md, ProjectSummary). */
export interface ProjectSummary {
  id: string;
  code: string;
  name: string;
  kind: ProjectKind;
  isTransformation: boolean;
  stage: ProjectStage;
  ragStatus: RagStatus;
  ragSlackWorkdays: number | null;
  enterpriseId: string | null;
  enterpriseName: string | null;
  parkId: string | null;
  parkName: string | null;
  taskForceId: string;
  taskForceName: string | null;
  leaderInChargeId: string | null;
  leaderInChargeName: string | null;
  totalInvestmentYuan: number | null;
  signedOn: string | null;
  openItems: number;
  overdueItems: number;
  nextDue: { name: string; dueOn: string } | null;
  updatedAt: string;
  version: number;
}

/** A phase (一期 / 二期 / 三期) with its figures and dates. */
export interface Phase {
  id: string;
  seq: number;
  name: string;
  investmentYuan: number | null;
  capacity: string | null;
  expectedRevenueYuan: number | null;
  expectedTaxYuan: number | null;
  expectedJobs: number | null;
  plannedStartOn: string | null;
  plannedEndOn: string | null;
  actualStartOn: string | null;
  actualEndOn: string | null;
}

export interface FileMeta {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  createdAt: string;
}

/** A checklist item (milestone) with its light and the rule behind it. */
export interface Milestone {
  id: string;
  seq: number;
  phaseId: string | null;
  stepKey: StepKey | null;
  name: string;
  ownerId: string | null;
  ownerName: string | null;
  plannedStartOn: string;
  dueOn: string;
  baselineStartOn: string | null;
  baselineDueOn: string | null;
  actualStartOn: string | null;
  actualDoneOn: string | null;
  ragStatus: RagStatus;
  slackWorkdays: number | null;
  rule: RagRule;
  predecessorIds: string[];
  files: FileMeta[];
  notes: string | null;
  version: number;
  canUpdate: boolean;
}

export interface ProjectDetail extends ProjectSummary {
  parcelId: string | null;
  buildingId: string | null;
  leadId: string | null;
  description: string | null;
  phases: Phase[];
  milestones: Milestone[];
  /** The last year the working calendar knows (statutory data or the zone's own corrections). */
  calendar: { coveredThrough: number; uncoveredYears: number[] };
  canEdit: boolean;
}

/** A phase as POST /projects and PATCH /projects/:id take it. */
export interface PhaseInput {
  name: string;
  investmentYuan: number | null;
  capacity: string | null;
  expectedRevenueYuan: number | null;
  expectedTaxYuan: number | null;
  expectedJobs: number | null;
  plannedStartOn: string | null;
  plannedEndOn: string | null;
}

export interface ProjectInput {
  kind: ProjectKind;
  name: string;
  enterpriseId: string | null;
  parkId: string | null;
  taskForceId: string;
  leaderInChargeId: string | null;
  totalInvestmentYuan: number | null;
  signedOn: string | null;
  isTransformation: boolean;
  phases: PhaseInput[];
  template: boolean;
}

/** PATCH /projects/:id/milestones/:milestoneId: what the drawer may change. */
export interface MilestonePatch {
  version: number;
  name?: string;
  ownerId?: string | null;
  plannedStartOn?: string;
  dueOn?: string;
  actualStartOn?: string | null;
  actualDoneOn?: string | null;
  notes?: string | null;
}

export interface GanttMilestone {
  id: string;
  name: string;
  baselineStartOn: string | null;
  baselineDueOn: string | null;
  plannedStartOn: string;
  dueOn: string;
  actualStartOn: string | null;
  actualDoneOn: string | null;
  ragStatus: RagStatus;
}

export interface GanttPhase {
  name: string;
  plannedStartOn: string | null;
  plannedEndOn: string | null;
  actualStartOn: string | null;
  actualEndOn: string | null;
}

export interface GanttResponse {
  today: string;
  items: { projectId: string; projectName: string; phases: GanttPhase[]; milestones: GanttMilestone[] }[];
}

export interface ProjectSettings {
  amberWorkdays: number;
  escalateAfterWorkdays: number;
}

export type DayReason = 'weekday' | 'weekend' | 'holiday' | 'makeUpWorkday' | 'overrideHoliday' | 'overrideWorkday';

export interface CalendarDay {
  day: string;
  workday: boolean;
  reason: DayReason;
  name: string | null;
}

export interface CalendarOverride {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
}

/** GET /projects/calendar?year=: each day explained, plus the zone's own corrections. */
export interface CalendarYear {
  year: number;
  covered: boolean;
  days: CalendarDay[];
  overrides: CalendarOverride[];
}
