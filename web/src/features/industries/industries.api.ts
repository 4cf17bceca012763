import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface Industry {
  code: string;
  level: 'section' | 'division' | 'group' | 'class';
  name: string;
  parentCode: string | null;
  section: string;
  hasChildren: boolean;
}

export interface IndustryWithPath extends Industry {
  path: { code: string; name: string }[];
}

/** One level of the GB/T 4754-2017 tree: the sections, or the children of `parent`. */
export const fetchIndustryChildren = (parent?: string) =>
  api.get<Industry[]>('/industries', parent ? { parent } : undefined);

export function useIndustrySearchQuery(q: string) {
  return useQuery({
    queryKey: ['industries', 'search', q],
    queryFn: () => api.get<IndustryWithPath[]>('/industries/search', { q }),
    enabled: q.trim().length > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useIndustryQuery(code: string | null | undefined) {
  return useQuery({
    queryKey: ['industries', 'one', code],
    queryFn: () => api.get<IndustryWithPath>(`/industries/${code}`),
    enabled: Boolean(code),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
