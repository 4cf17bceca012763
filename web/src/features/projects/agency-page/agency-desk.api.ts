import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { PROJECTS_KEY } from '../projects.api';
import { type DeskFilter, type DeskItem, deskQuery } from './agency-desk';
import type { DepartmentStats } from './agency-stats.option';

/** Under the agency key the project tab's saves refresh, so the desk and the tab stay in step. */
const DESK_KEY = [...PROJECTS_KEY, 'agency', 'desk'] as const;

export function useAgencyDesk(filter: DeskFilter) {
  return useQuery({
    queryKey: [...DESK_KEY, 'items', filter],
    queryFn: () => api.get<{ items: DeskItem[] }>('/projects/agency-items', deskQuery(filter)),
    placeholderData: keepPreviousData,
  });
}

export function useAgencyStats(range: { from?: string | undefined; to?: string | undefined }) {
  return useQuery({
    queryKey: [...DESK_KEY, 'stats', range],
    queryFn: () =>
      api.get<{ from: string | null; to: string | null; departments: DepartmentStats[] }>(
        '/projects/agency-stats',
        deskQuery(range),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Records the desk's dates, handler and notes on one item (versioned); refreshes every agency query. */
export function useRecordAgencyItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ item, body }: { item: DeskItem; body: Record<string, unknown> }) =>
      api.patch<DeskItem>(`/projects/${item.projectId}/agency-items/${item.id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...PROJECTS_KEY, 'agency'] }),
  });
}
