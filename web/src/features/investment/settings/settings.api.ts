import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Method } from './method-order';
import type { InvestmentSettings } from './settings-form';
import type { TargetItem } from './targets-grid';

const SETTINGS_KEY = ['investment', 'settings'] as const;
const TARGETS_KEY = ['investment', 'targets'] as const;
const METHODS_KEY = ['investment', 'methods'] as const;

export function useSettingsQuery() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => api.get<InvestmentSettings>('/investment/settings') });
}

export function useTargetsQuery(period: string) {
  return useQuery({
    queryKey: [...TARGETS_KEY, period],
    queryFn: () => api.get<{ period: string; items: TargetItem[] }>('/investment/targets', { period }),
  });
}

export function useMethodsQuery() {
  return useQuery({ queryKey: METHODS_KEY, queryFn: () => api.get<{ items: Method[] }>('/investment/methods') });
}

/**
 * Settings and targets change scores, completions and reminders: every investment query is
 * refreshed (the contest, the board's reminder badges, the options' method list).
 */
function useInvestmentWrite<V, R>(fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['investment'] }) });
}

export const usePutSettingsMutation = () =>
  useInvestmentWrite((body: InvestmentSettings) => api.put<InvestmentSettings>('/investment/settings', body));

export const usePutTargetsMutation = () =>
  useInvestmentWrite((body: { period: string; items: TargetItem[] }) =>
    api.put<{ period: string; items: TargetItem[] }>('/investment/targets', body),
  );

export const useCreateMethodMutation = () =>
  useInvestmentWrite((body: { name: string }) => api.post<Method>('/investment/methods', body));

export const useUpdateMethodMutation = () =>
  useInvestmentWrite(({ id, body }: { id: string; body: Partial<Pick<Method, 'name' | 'sortOrder' | 'active'>> }) =>
    api.patch<Method>(`/investment/methods/${id}`, body),
  );

export const useDeleteMethodMutation = () =>
  useInvestmentWrite((id: string) => api.delete(`/investment/methods/${id}`));
