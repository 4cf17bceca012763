import { useQuery } from '@tanstack/react-query';
import type { Reminder } from '@zonehub/investment-rules';
import { api } from '../../../api/client';
import type { LeadSummary } from '../leads/lead.types';

/** GET /investment/reminders: leads needing attention in the caller's scope, worst first. */
export interface RemindersResponse {
  items: { lead: LeadSummary; reminders: Reminder[] }[];
  total: number;
}

/** The first `limit` reminders (worst first) and how many there are in all. */
export function useRemindersQuery(limit: number) {
  return useQuery({
    queryKey: ['investment', 'reminders', limit],
    queryFn: () => api.get<RemindersResponse>('/investment/reminders', { page: 1, pageSize: limit }),
  });
}
