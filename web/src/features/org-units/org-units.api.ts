import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

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

const ORG_UNITS_KEY = ['admin', 'orgUnits'] as const;

export function useOrgUnitsQuery(enabled = true) {
  return useQuery({
    queryKey: ORG_UNITS_KEY,
    queryFn: () => api.get<{ items: OrgUnit[] }>('/admin/org-units'),
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
