import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { PROJECTS_KEY } from './projects.api';

/** An approval item handled for the enterprise (全代办), as GET /projects/:id/agency-items returns it. */
export interface AgencyItem {
  id: string;
  projectId: string;
  projectName: string;
  item: string;
  departmentId: string;
  departmentName: string;
  submittedOn: string | null;
  acceptedOn: string | null;
  approvedOn: string | null;
  statutoryDays: number;
  tolerance: boolean;
  commitment: boolean;
  handledById: string | null;
  handledByName: string | null;
  notes: string | null;
  elapsedWorkdays: number | null;
  overdue: boolean;
  version: number;
  canUpdate: boolean;
  updatedAt: string;
}

export interface AgencyItemInput {
  item: string;
  departmentId: string;
  submittedOn: string | null;
  acceptedOn: string | null;
  approvedOn: string | null;
  statutoryDays: number;
  tolerance: boolean;
  commitment: boolean;
  handledByName: string | null;
  notes: string | null;
}

const AGENCY_KEY = [...PROJECTS_KEY, 'agency'] as const;

export function useProjectAgencyItems(projectId: string) {
  return useQuery({
    queryKey: [...AGENCY_KEY, projectId],
    queryFn: () => api.get<{ items: AgencyItem[] }>(`/projects/${projectId}/agency-items`),
  });
}

export function useAgencyDepartments() {
  return useQuery({
    queryKey: [...AGENCY_KEY, 'departments'],
    queryFn: () => api.get<{ items: { id: string; name: string }[] }>('/projects/agency-departments'),
    staleTime: 5 * 60_000,
  });
}

/** Create (no itemId) or update (with the version read) one item; refreshes the agency queries. */
export function useSaveAgencyItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      projectId,
      itemId,
      body,
    }: {
      projectId: string;
      itemId: string | null;
      body: Partial<AgencyItemInput> & { version?: number };
    }) =>
      itemId === null
        ? api.post<AgencyItem>(`/projects/${projectId}/agency-items`, body)
        : api.patch<AgencyItem>(`/projects/${projectId}/agency-items/${itemId}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: AGENCY_KEY }),
  });
}
