import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/** Table types of the project module (项目全流程), migrations 20261129T1700–1702. */
export type ProjectKind = 'new' | 'expansion' | 'renovation';
export type ProjectStage =
  | 'signed'
  | 'preliminary'
  | 'started'
  | 'underConstruction'
  | 'completed'
  | 'producing'
  | 'atCapacity';
export type RagStatus = 'green' | 'amber' | 'red' | 'done';

export interface ProjectSettingsTable {
  zoneId: string;
  amberWorkdays: number;
  escalateAfterWorkdays: number;
  updatedBy: string | null;
  updatedAt: string;
}

export interface CalendarOverrideTable {
  zoneId: string;
  /** YYYY-MM-DD */
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
  createdBy: string | null;
  createdAt: string;
}

export interface ProjectTable {
  id: string;
  zoneId: string;
  code: string;
  name: string;
  /** pinyinSearchKeys(name): what a search by pinyin or initials reads ('' until written). */
  searchKeys: ColumnType<string, string | undefined, string>;
  enterpriseId: string | null;
  parkId: string | null;
  parcelId: string | null;
  buildingId: string | null;
  kind: ProjectKind;
  isTransformation: number;
  totalInvestmentYuan: number | null;
  taskForceId: string;
  leaderInChargeId: string | null;
  /** The landed lead this project was handed over from (one project per lead). */
  leadId: string | null;
  signedOn: string | null;
  stage: ProjectStage;
  ragStatus: RagStatus;
  /** The least slack among its open milestones (negative when overdue); null when none is open. */
  ragSlackWorkdays: number | null;
  description: string | null;
  version: number;
  isDemo: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}
export type ProjectRow = Selectable<ProjectTable>;
export type NewProject = Insertable<ProjectTable>;
export type ProjectUpdate = Updateable<ProjectTable>;

export interface ProjectPhaseTable {
  id: string;
  projectId: string;
  seq: number;
  name: string;
  investmentYuan: number | null;
  /** Free text, e.g. 冻干宠物食品生产线20条，年产1万吨. */
  capacity: string | null;
  expectedRevenueYuan: number | null;
  expectedTaxYuan: number | null;
  expectedJobs: number | null;
  plannedStartOn: string | null;
  plannedEndOn: string | null;
  actualStartOn: string | null;
  actualEndOn: string | null;
  isDemo: number;
}

export interface ProjectMilestoneTable {
  id: string;
  zoneId: string;
  projectId: string;
  phaseId: string | null;
  seq: number;
  /** The template step this item came from (see @zonehub/project-rules), null for a custom item. */
  stepKey: string | null;
  name: string;
  ownerId: string | null;
  plannedStartOn: string;
  dueOn: string;
  baselineStartOn: string;
  baselineDueOn: string;
  actualStartOn: string | null;
  actualDoneOn: string | null;
  ragStatus: RagStatus;
  slackWorkdays: number | null;
  notes: string | null;
  version: number;
  isDemo: number;
  createdAt: string;
  updatedAt: string;
}
export type MilestoneRow = Selectable<ProjectMilestoneTable>;
export type NewMilestone = Insertable<ProjectMilestoneTable>;

export interface MilestoneDependencyTable {
  milestoneId: string;
  predecessorId: string;
}

export interface MilestoneFileTable {
  id: string;
  zoneId: string;
  milestoneId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
  uploadedBy: string | null;
  isDemo: number;
  createdAt: string;
}
