import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { milestoneAddBody } from './milestone-add';
import type { Milestone, ProjectDetail } from './project.types';
import type { ProjectPatch } from './project-edit';
import { PROJECTS_KEY } from './projects.api';

/** Project edits refresh every project query (list, page, Gantt) on success. */
function useProjectWrite<V, R>(fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PROJECTS_KEY }),
  });
}

export const useUpdateProjectMutation = () =>
  useProjectWrite(({ id, body }: { id: string; body: Partial<ProjectPatch> & { version: number } }) =>
    api.patch<ProjectDetail>(`/projects/${id}`, body),
  );

export const useAddMilestoneMutation = () =>
  useProjectWrite(({ projectId, body }: { projectId: string; body: ReturnType<typeof milestoneAddBody> }) =>
    api.post<Milestone>(`/projects/${projectId}/milestones`, body),
  );

export const useDeleteMilestoneMutation = () =>
  useProjectWrite(({ projectId, milestoneId }: { projectId: string; milestoneId: string }) =>
    api.delete(`/projects/${projectId}/milestones/${milestoneId}`),
  );
