import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { FourAboveSuggestion, FourAboveThreshold } from './four-above';

/** Every threshold row (versioned configuration), newest version first within a subsector. */
export function useFourAboveThresholdsQuery(enabled: boolean) {
  return useQuery({
    queryKey: ['four-above', 'thresholds'],
    queryFn: () => api.get<FourAboveThreshold[]>('/four-above/thresholds'),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** The suggestion for one year and revenue (yuan); asked only once the user has given both. */
export function useFourAboveSuggestionQuery(
  enterpriseId: string,
  params: { year: number; revenueYuan: number } | null,
) {
  return useQuery({
    queryKey: ['enterprises', 'four-above-suggestion', enterpriseId, params],
    queryFn: () => api.get<FourAboveSuggestion>(`/enterprises/${enterpriseId}/four-above-suggestion`, { ...params }),
    enabled: params !== null,
  });
}
