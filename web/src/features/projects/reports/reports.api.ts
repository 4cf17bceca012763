import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ProjectStage, RagStatus } from '@zonehub/project-rules';
import { api } from '../../../api/client';
import { saveDownload } from '../../../api/save-download';
import type { ReportKind } from './report-period';

/** GET /api/v1/projects/reports/:kind (the server's reports.schema.ts); only what the preview shows is typed. */
interface ReportHeader {
  period: { key: string; start: string; last: string; asOf: string };
  generatedAt: string;
  taskForce: { id: string; name: string } | null;
}
interface ProjectRef {
  projectId: string;
  projectName: string;
  taskForceName: string;
}
export interface WeeklyReport extends ReportHeader {
  kind: 'weekly';
  headline: Record<
    | 'projects'
    | 'lightsTurned'
    | 'turnedRed'
    | 'stageMoves'
    | 'itemsDone'
    | 'deadlinesMoved'
    | 'redItems'
    | 'openActions'
    | 'overdueActions'
    | 'meetings',
    number
  >;
  redItems: (ProjectRef & {
    milestoneName: string;
    ownerName: string | null;
    dueOn: string;
    overdueWorkdays: number;
  })[];
  openActions: {
    id: string;
    text: string;
    projectName: string | null;
    ownerName: string | null;
    dueOn: string | null;
    ageWorkdays: number;
    overdue: boolean;
  }[];
}
interface Investment {
  monthYuan: number;
  ytdYuan: number;
  planYuan: number | null;
  ytdPercent: number | null;
}
export interface MonthlyReport extends ReportHeader {
  kind: 'monthly';
  headline: Investment & { projects: number; itemsDone: number; hit: number; missed: number };
  projects: (ProjectRef &
    Investment & { code: string; stage: ProjectStage; ragStatus: RagStatus; itemsDone: number })[];
}
interface PlanActual {
  milestonesPlanned: number;
  milestonesPlannedDone: number;
  milestonesDone: number;
  investmentPlanYuan: number | null;
  investmentDoneYuan: number;
  slippedItems: number;
  meanSlipWorkdays: number | null;
  maxSlipWorkdays: number | null;
}
export interface QuarterlyReport extends ReportHeader {
  kind: 'quarterly';
  headline: PlanActual & { projects: number };
  taskForces: (PlanActual & { taskForceId: string; taskForceName: string; projects: number })[];
}
export interface AnnualReport extends ReportHeader {
  kind: 'annual';
  headline: {
    projects: number;
    started: number;
    completed: number;
    producing: number;
    milestonesDone: number;
    onTimePercent: number | null;
    investmentDoneYuan: number;
    investmentPlanYuan: number | null;
  };
  taskForces: {
    taskForceId: string;
    taskForceName: string;
    targetCompletion: number | null;
    projects: number;
    started: number;
    completed: number;
    producing: number;
    onTimePercent: number | null;
    investmentDoneYuan: number;
    investmentPercent: number | null;
  }[];
}
export type ReportModel = WeeklyReport | MonthlyReport | QuarterlyReport | AnnualReport;

export interface ReportRequest {
  period: string;
  taskForceId?: string;
}

export function useReportQuery(kind: ReportKind, request: ReportRequest) {
  return useQuery({
    queryKey: ['projects', 'reports', kind, request.period, request.taskForceId ?? null],
    queryFn: () => api.get<ReportModel>(`/projects/reports/${kind}`, { ...request }),
    placeholderData: keepPreviousData,
  });
}

/** The report as a file (GET /projects/reports/:kind.docx|.xlsx), saved under the server's Chinese name. */
export async function downloadReport(kind: ReportKind, format: 'docx' | 'xlsx', request: ReportRequest) {
  const { blob, filename } = await api.download(`/projects/reports/${kind}.${format}`, { ...request });
  saveDownload(blob, filename ?? `${kind}-${request.period}.${format}`);
}
