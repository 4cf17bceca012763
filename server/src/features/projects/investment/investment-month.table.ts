import type { Insertable, Selectable } from 'kysely';

/** Investment completed per project and month, and the year's plan (migration 20261129T1740). Yuan. */
export interface ProjectInvestmentMonthTable {
  projectId: string;
  zoneId: string;
  /** YYYY-MM */
  month: string;
  completedYuan: number;
  note: string | null;
  recordedBy: string | null;
  version: number;
  isDemo: number;
  updatedAt: string;
}
export type InvestmentMonthRow = Selectable<ProjectInvestmentMonthTable>;
export type NewInvestmentMonth = Insertable<ProjectInvestmentMonthTable>;

export interface ProjectInvestmentPlanTable {
  projectId: string;
  zoneId: string;
  year: number;
  plannedYuan: number;
  updatedBy: string | null;
  isDemo: number;
  updatedAt: string;
}
export type InvestmentPlanRow = Selectable<ProjectInvestmentPlanTable>;
