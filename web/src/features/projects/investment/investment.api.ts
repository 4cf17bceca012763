import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { saveDownload } from '../../../api/save-download';
import { PROJECTS_KEY } from '../projects.api';

/** One month of GET /projects/:id/investment (null figure: not recorded). Amounts in yuan. */
export interface InvestmentMonth {
  month: string;
  completedYuan: number | null;
  note: string | null;
  recordedByName: string | null;
  updatedAt: string | null;
  version: number | null;
}

export interface ProjectInvestment {
  projectId: string;
  year: number;
  currentMonth: string;
  plannedYuan: number | null;
  months: InvestmentMonth[];
  yearCompletedYuan: number;
  completionPct: number | null;
  completedToDateYuan: number;
  totalInvestmentYuan: number | null;
  canEdit: boolean;
}

/** GET /projects/investment-summary */
export interface InvestmentSummary {
  year: number;
  currentMonth: string;
  months: { month: string; completedYuan: number; transformationYuan: number }[];
  totals: {
    completedYuan: number;
    transformationYuan: number;
    transformationSharePct: number | null;
    plannedYuan: number;
    completionPct: number | null;
  };
  byTaskForce: { taskForceId: string; name: string; plannedYuan: number; completedYuan: number; pct: number | null }[];
  projects: {
    projectId: string;
    code: string;
    name: string;
    taskForceId: string;
    taskForceName: string;
    isTransformation: boolean;
    plannedYuan: number | null;
    completedYuan: number;
    pct: number | null;
  }[];
}

export interface SummaryFilter {
  year: number;
  taskForceId?: string;
  parkId?: string;
}

const INVESTMENT_KEY = [...PROJECTS_KEY, 'investment'] as const;

export function useProjectInvestment(projectId: string, year: number) {
  return useQuery({
    queryKey: [...INVESTMENT_KEY, projectId, year],
    queryFn: () => api.get<ProjectInvestment>(`/projects/${projectId}/investment`, { year }),
    placeholderData: keepPreviousData,
  });
}

export function useInvestmentSummary(filter: SummaryFilter) {
  return useQuery({
    queryKey: [...INVESTMENT_KEY, 'summary', filter],
    queryFn: () => api.get<InvestmentSummary>('/projects/investment-summary', { ...filter }),
    placeholderData: keepPreviousData,
  });
}

/** Records a month (with the version read when it has a figure), or clears it (completedYuan null). */
export function useSaveInvestmentMonth(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      month,
      completedYuan,
      note,
      version,
    }: {
      month: string;
      completedYuan: number | null;
      note: string | null;
      version: number | null;
    }): Promise<InvestmentMonth | null> =>
      completedYuan === null
        ? api
            .delete(`/projects/${projectId}/investment/${month}${version ? `?version=${version}` : ''}`)
            .then(() => null)
        : api.put<InvestmentMonth>(`/projects/${projectId}/investment/${month}`, {
            completedYuan,
            note,
            ...(version ? { version } : {}),
          }),
    // A conflict also refreshes: the caller sees the figure that won.
    onSettled: () => queryClient.invalidateQueries({ queryKey: INVESTMENT_KEY }),
  });
}

export function useSaveInvestmentPlan(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, plannedYuan }: { year: number; plannedYuan: number }) =>
      api.put(`/projects/${projectId}/investment-plan/${year}`, { plannedYuan }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: INVESTMENT_KEY }),
  });
}

/** The summary's three sheets as xlsx (GET /projects/investment-summary.xlsx). */
export async function downloadInvestmentSummary(filter: SummaryFilter): Promise<void> {
  const { blob, filename } = await api.download('/projects/investment-summary.xlsx', { ...filter });
  saveDownload(blob, filename ?? `investment-${filter.year}.xlsx`);
}
