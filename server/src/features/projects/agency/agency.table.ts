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
  version: number;
  isDemo: number;
  createdAt: string;
  updatedAt: string;
}

export type AgencyItemRow = Selectable<AgencyItemTable>;
export type NewAgencyItem = Insertable<AgencyItemTable>;
