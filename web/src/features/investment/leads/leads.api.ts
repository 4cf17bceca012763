import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Stage } from '@zonehub/investment-rules';
import { api } from '../../../api/client';
import type { ListResponse } from '../../../api/types';
import type { BoardPool, DuplicateMatch, LeadDetail, LeadInput, LeadSummary, SavedFilter } from './lead.types';
import type { LeadFilter, LeadSort } from './lead-filter';

const BASE = '/investment/leads';
/** Every lead query starts with this key: a write refreshes the board, the list and the pages. */
export const LEADS_KEY = ['investment', 'leads'] as const;

export const BOARD_PAGE_SIZE = 20;

export interface LeadListQuery extends LeadFilter {
  page: number;
  pageSize: number;
  sort?: LeadSort | undefined;
  order?: 'asc' | 'desc' | undefined;
}

export function useLeadsQuery(query: LeadListQuery) {
  return useQuery({
    queryKey: [...LEADS_KEY, 'list', query],
    queryFn: () => api.get<ListResponse<LeadSummary>>(BASE, { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useBoardQuery(filter: LeadFilter) {
  return useQuery({
    queryKey: [...LEADS_KEY, 'board', filter],
    queryFn: () => api.get<{ pools: BoardPool[] }>(`${BASE}/board`, { ...filter, perPool: BOARD_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

/** One more page of a board column (the board's first page is page 1 of the same order). */
export const fetchPoolPage = (filter: LeadFilter, stage: Stage, page: number) =>
  api.get<ListResponse<LeadSummary>>(BASE, { ...filter, stage, page, pageSize: BOARD_PAGE_SIZE });

export function useLeadQuery(id: string | undefined) {
  return useQuery({
    queryKey: [...LEADS_KEY, 'one', id],
    queryFn: () => api.get<LeadDetail>(`${BASE}/${id}`),
    enabled: Boolean(id),
  });
}

export function useDuplicatesQuery(investorName: string, investorUscc: string, excludeId?: string) {
  // The server matches on the investor's name (and the credit code beside it): ask once a name is typed.
  const enabled = investorName.trim().length >= 2;
  return useQuery({
    queryKey: [...LEADS_KEY, 'duplicates', investorName, investorUscc, excludeId],
    queryFn: () =>
      api.get<{ items: DuplicateMatch[] }>(`${BASE}/duplicates`, {
        investorName: investorName.trim(),
        investorUscc: investorUscc.trim(),
        excludeId,
      }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export const downloadLeadsExport = (filter: LeadFilter) => api.download(`${BASE}/export.xlsx`, { ...filter });

/** Every lead write refreshes every lead query (board, list, the lead page, its activities). */
export function useLeadsMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['investment'] }),
  });
}

export const useCreateLeadMutation = () =>
  useLeadsMutation((body: LeadInput) => api.post<{ lead: LeadDetail; duplicates: DuplicateMatch[] }>(BASE, body));

export const useUpdateLeadMutation = () =>
  useLeadsMutation(({ id, body }: { id: string; body: Partial<LeadInput> & { version: number } }) =>
    api.patch<LeadDetail>(`${BASE}/${id}`, body),
  );

const SAVED_KEY = ['investment', 'saved-filters'] as const;

export function useSavedFiltersQuery() {
  return useQuery({
    queryKey: SAVED_KEY,
    queryFn: () => api.get<{ items: SavedFilter[] } | SavedFilter[]>('/investment/saved-filters'),
    select: (data) => (Array.isArray(data) ? data : data.items),
  });
}

export function useSaveFilterMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; query: Record<string, string> }) =>
      api.post<SavedFilter>('/investment/saved-filters', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SAVED_KEY }),
  });
}

export function useDeleteFilterMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/investment/saved-filters/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SAVED_KEY }),
  });
}
