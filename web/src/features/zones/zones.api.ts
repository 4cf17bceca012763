import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

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

const ZONES_KEY = ['admin', 'zones'] as const;

export function useZonesQuery(enabled = true) {
  return useQuery({
    queryKey: ZONES_KEY,
    queryFn: () => api.get<{ items: Zone[] }>('/admin/zones'),
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
