import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ListQuery, ListResponse } from '../../api/types';

export interface Park {
  id: string;
  code: string;
  name: string;
  leadingIndustries: string | null;
  sortOrder: number;
}

export interface Zone {
  id: string;
  code: string;
  name: string;
  approvedOn: string | null;
  areaKm2: number | null;
  leadingIndustries: string | null;
  isDemo: boolean;
  parks: Park[];
}

export interface ZoneInput {
  code: string;
  name: string;
  approvedOn?: string | null;
  areaKm2?: number | null;
  leadingIndustries?: string | null;
}

export interface ParkInput {
  code: string;
  name: string;
  leadingIndustries?: string | null;
  sortOrder?: number;
}

/** The columns GET /admin/zones sorts by. */
export const ZONE_SORTS = ['code', 'name'] as const;
export type ZoneSort = (typeof ZONE_SORTS)[number];

export interface ZoneQuery extends ListQuery {
  sort?: ZoneSort | undefined;
}

const ZONES_KEY = ['admin', 'zones'] as const;

/** One page of the zones the caller administers, each with its parks (the zones page). */
export function useZonesQuery(query: ZoneQuery) {
  return useQuery({
    queryKey: [...ZONES_KEY, 'page', query],
    queryFn: () => api.get<ListResponse<Zone>>('/admin/zones', { ...query }),
    placeholderData: keepPreviousData,
  });
}

/**
 * Every zone the caller administers with its parks, for park pickers. One page of the largest size
 * the server serves (200) holds them all: a deployment has a few zones, a zone tens of parks.
 */
export function useAllZonesQuery(enabled = true) {
  return useQuery({
    queryKey: [...ZONES_KEY, 'all'],
    queryFn: () => api.get<ListResponse<Zone>>('/admin/zones', { pageSize: 200 }),
    select: (data) => data.items,
    enabled,
  });
}

function useZoneMutation<V>(call: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    // Zone and park names show in the header, the home page and pickers: refetch them all.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export const useCreateZoneMutation = () => useZoneMutation((body: ZoneInput) => api.post<Zone>('/admin/zones', body));

export const useUpdateZoneMutation = () =>
  useZoneMutation(({ id, body }: { id: string; body: Partial<ZoneInput> }) =>
    api.patch<Zone>(`/admin/zones/${id}`, body),
  );

export const useCreateParkMutation = () =>
  useZoneMutation(({ zoneId, body }: { zoneId: string; body: ParkInput }) =>
    api.post<Park>(`/admin/zones/${zoneId}/parks`, body),
  );

export const useUpdateParkMutation = () =>
  useZoneMutation(({ id, body }: { id: string; body: Partial<ParkInput> }) =>
    api.patch<Park>(`/admin/parks/${id}`, body),
  );
