import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { PROJECTS_KEY } from '../projects.api';
import type { GanttPage, Portfolio, PortfolioFilter } from './portfolio.types';

/** Under PROJECTS_KEY: any project write refreshes the portfolio too. */
export function usePortfolioQuery(query: PortfolioFilter & { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...PROJECTS_KEY, 'portfolio', query],
    queryFn: () => api.get<Portfolio>('/projects/portfolio', { ...query }),
    placeholderData: keepPreviousData,
  });
}

/** A page of the all-projects Gantt with the portfolio's filters (the server pages it: ≤ 200 a page). */
export function usePortfolioGanttQuery(query: PortfolioFilter & { page: number; pageSize: number }, enabled: boolean) {
  return useQuery({
    queryKey: [...PROJECTS_KEY, 'gantt-page', query],
    queryFn: () => api.get<GanttPage>('/projects/gantt', { ...query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
