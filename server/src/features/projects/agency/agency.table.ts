import type { Insertable, Selectable } from 'kysely';

/** An approval item handled for the enterprise (全代办), migration 20261129T1710. Dates YYYY-MM-DD. */
export interface AgencyItemTable {
  id: string;
  zoneId: string;
  projectId: string;
  /** What is being approved, e.g. 环评批复. */
  item: string;
  /** The handling department (an org unit of kind department). */
  departmentId: string;
  submittedOn: string | null;
  acceptedOn: string | null;
  approvedOn: string | null;
  /** The statutory time limit (法定时限) in working days. */
  statutoryDays: number;
  /** 容缺受理: accepted with documents to follow (0/1). */
  toleranceFlag: number;
  /** 承诺制: approved on the applicant's commitment (0/1). */
  commitmentFlag: number;
  handledById: string | null;
  handledByName: string | null;
  notes: string | null;
  /** AgencyState (agency-flow.ts), migration 20261207T1140. */
  state: string;
  /** The approval's document number (批复文号). */
  approvalDocNo: string | null;
  version: number;
  isDemo: number;
  createdAt: string;
  updatedAt: string;
}

export type AgencyItemRow = Selectable<AgencyItemTable>;
export type NewAgencyItem = Insertable<AgencyItemTable>;

/** A stamped step of an item (agency-flow.ts AgencyStep), migration 20261207T1141. */
export interface AgencyItemStepTable {
  id: string;
  zoneId: string;
  agencyItemId: string;
  /** 1, 2, … per item, in the order taken. */
  seq: number;
  step: string;
  /** The zone's day the step was taken. */
  stepOn: string;
  /** Why it was returned for correction (退回补正). */
  reason: string | null;
  actorId: string | null;
  actorName: string | null;
  createdAt: string;
}
export type AgencyItemStepRow = Selectable<AgencyItemStepTable>;

/** The approval's file (批复文件), migration 20261207T1142. */
export interface AgencyItemFileTable {
  id: string;
  zoneId: string;
  agencyItemId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
  uploadedBy: string | null;
  isDemo: number;
  createdAt: string;
}
