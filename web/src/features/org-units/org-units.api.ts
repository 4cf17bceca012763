import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ListQuery, ListResponse } from '../../api/types';

export const ORG_UNIT_KINDS = ['office', 'department', 'taskForce'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export interface OrgUnit {
  id: string;
  kind: OrgUnitKind;
  code: string;
  name: string;
  parentId: string | null;
  memberCount: number;
}

export interface OrgUnitCreate {
  kind: OrgUnitKind;
  code: string;
  name: string;
  parentId?: string | null;
}

export type OrgUnitUpdate = Partial<Pick<OrgUnit, 'code' | 'name' | 'parentId'>>;

/** The columns GET /admin/org-units sorts by. */
export const ORG_UNIT_SORTS = ['code', 'name', 'kind'] as const;
export type OrgUnitSort = (typeof ORG_UNIT_SORTS)[number];

export interface OrgUnitQuery extends ListQuery {
  sort?: OrgUnitSort | undefined;
  kind?: OrgUnitKind | undefined;
}

const ORG_UNITS_KEY = ['admin', 'orgUnits'] as const;

/** One page of the zone's org units (the org units page). */
export function useOrgUnitsQuery(query: OrgUnitQuery) {
  return useQuery({
    queryKey: [...ORG_UNITS_KEY, 'page', query],
    queryFn: () => api.get<ListResponse<OrgUnit>>('/admin/org-units', { ...query }),
    placeholderData: keepPreviousData,
  });
}

/**
 * Every org unit of the zone, for pickers and for naming parents. One page of the largest size the
 * server serves (200) holds them all: a zone has tens of units, not hundreds.
 */
export function useAllOrgUnitsQuery(enabled = true) {
  return useQuery({
    queryKey: [...ORG_UNITS_KEY, 'all'],
    queryFn: () => api.get<ListResponse<OrgUnit>>('/admin/org-units', { pageSize: 200 }),
    select: (data) => data.items,
    enabled,
  });
}

export function useCreateOrgUnitMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrgUnitCreate) => api.post<OrgUnit>('/admin/org-units', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORG_UNITS_KEY }),
  });
}

export function useUpdateOrgUnitMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: OrgUnitUpdate }) =>
      api.patch<OrgUnit>(`/admin/org-units/${id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORG_UNITS_KEY }),
  });
}

export function useDeleteOrgUnitMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/admin/org-units/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORG_UNITS_KEY }),
  });
}
