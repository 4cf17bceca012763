import type { ProjectStage, RagStatus } from '@zonehub/project-rules';
import type { GanttResponse, ProjectSummary } from '../project.types';

/** GET /projects/portfolio (docs/design/projects.md, "Portfolio"). */
export type ChangeKind = 'projectRag' | 'milestoneRag' | 'stage' | 'milestoneDone' | 'dueMoved';

export interface Blocker {
  milestoneId: string;
  name: string;
  ownerName: string | null;
  dueOn: string;
  ragStatus: 'red' | 'amber';
  slackWorkdays: number | null;
}

export interface PortfolioItem extends ProjectSummary {
  blockers: Blocker[];
  changesThisWeek: number;
}

export interface PortfolioChange {
  id: string;
  projectId: string;
  projectCode: string;
  projectName: string;
  milestoneId: string | null;
  milestoneName: string | null;
  kind: ChangeKind;
  from: string | null;
  to: string | null;
  on: string;
  at: string;
  byUserId: string | null;
  byName: string | null;
}

export interface TaskForceOverdue {
  taskForceId: string;
  name: string;
  projects: number;
  red: number;
  amber: number;
  overdueItems: number;
  oldestOverdueWorkdays: number | null;
}

export interface Portfolio {
  today: string;
  weekStart: string;
  counts: Record<RagStatus, number>;
  byStage: Record<ProjectStage, number>;
  overdueByTaskForce: TaskForceOverdue[];
  recentChanges: PortfolioChange[];
  items: PortfolioItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PortfolioFilter {
  taskForceId?: string | undefined;
  parkId?: string | undefined;
  ragStatus?: RagStatus | undefined;
}

/** GET /projects/gantt: a page of the filtered list's Gantt. */
export interface GanttPage extends GanttResponse {
  total: number;
  page: number;
  pageSize: number;
}
