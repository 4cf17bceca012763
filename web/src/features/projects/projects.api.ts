import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProjectKind } from '@zonehub/project-rules';
import { api } from '../../api/client';
import type { ListResponse } from '../../api/types';
import type {
  FileMeta,
  GanttResponse,
  Milestone,
  MilestonePatch,
  ProjectDetail,
  ProjectInput,
  ProjectSummary,
} from './project.types';
import type { ProjectFilter, ProjectSort } from './project-filter';

const BASE = '/projects';
/** Every project query starts with this key: a write refreshes the list, the page and the Gantt. */
export const PROJECTS_KEY = ['projects'] as const;

export interface ProjectListQuery extends ProjectFilter {
  page: number;
  pageSize: number;
  sort?: ProjectSort | undefined;
  order?: 'asc' | 'desc' | undefined;
}

export function useProjectsQuery(query: ProjectListQuery) {
  return useQuery({
    queryKey: [...PROJECTS_KEY, 'list', query],
    queryFn: () => api.get<ListResponse<ProjectSummary>>(BASE, { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useProjectQuery(id: string | undefined) {
  return useQuery({
    queryKey: [...PROJECTS_KEY, 'one', id],
    queryFn: () => api.get<ProjectDetail>(`${BASE}/${id}`),
    enabled: Boolean(id),
  });
}

export function useProjectGanttQuery(id: string) {
  return useQuery({
    queryKey: [...PROJECTS_KEY, 'gantt', id],
    queryFn: () => api.get<GanttResponse>(`${BASE}/${id}/gantt`),
  });
}

/** Every project write refreshes every project query (and the investment lead it may come from). */
function useProjectsMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: PROJECTS_KEY });
      await queryClient.invalidateQueries({ queryKey: ['investment'] });
    },
  });
}

export const useCreateProjectMutation = () =>
  useProjectsMutation((body: ProjectInput) => api.post<ProjectDetail>(BASE, body));

/** POST /projects/from-lead/:leadId: what the 转为项目 dialog confirms. */
export interface HandoverInput {
  taskForceId: string;
  leaderInChargeId: string;
  checklistOwnerId: string | null;
  kind: ProjectKind;
  isTransformation: boolean;
  template: boolean;
}

export const useProjectFromLeadMutation = () =>
  useProjectsMutation(({ leadId, body }: { leadId: string; body: HandoverInput }) =>
    api.post<ProjectDetail>(`${BASE}/from-lead/${leadId}`, body),
  );

const milestonePath = (projectId: string, milestoneId: string) => `${BASE}/${projectId}/milestones/${milestoneId}`;

export const useUpdateMilestoneMutation = () =>
  useProjectsMutation(
    ({ projectId, milestoneId, body }: { projectId: string; milestoneId: string; body: MilestonePatch }) =>
      api.patch<Milestone>(milestonePath(projectId, milestoneId), body),
  );

export const useSetPredecessorsMutation = () =>
  useProjectsMutation(
    ({
      projectId,
      milestoneId,
      predecessorIds,
    }: {
      projectId: string;
      milestoneId: string;
      predecessorIds: string[];
    }) => api.put<Milestone>(`${milestonePath(projectId, milestoneId)}/predecessors`, { predecessorIds }),
  );

export const useUploadMilestoneFileMutation = () =>
  useProjectsMutation(({ projectId, milestoneId, file }: { projectId: string; milestoneId: string; file: File }) =>
    api.upload<FileMeta>(`${milestonePath(projectId, milestoneId)}/files`, file, { fileName: file.name }),
  );

/** The download link of an evidence file (same origin, the session cookie goes along). */
export const milestoneFileUrl = (projectId: string, milestoneId: string, fileId: string) =>
  `/api/v1${milestonePath(projectId, milestoneId)}/files/${fileId}`;

/** Re-reads every project query, e.g. after a conflict told us our copy is stale. */
export function useRefreshProjects(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: PROJECTS_KEY });
}
