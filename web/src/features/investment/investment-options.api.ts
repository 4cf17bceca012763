import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

/** A task force (专班) as forms list it; `mine` marks the ones the caller may work, listed first. */
export interface TaskForceOption {
  id: string;
  name: string;
  mine?: boolean;
}

/** A promotion method (招商方式); inactive ones stay on old leads but are not offered for new ones. */
export interface MethodOption {
  id: string;
  name: string;
  active: boolean;
}

export interface ParkOption {
  id: string;
  name: string;
}

/** A person who may own leads, with the task forces they belong to (to narrow the owner picker). */
export interface OwnerOption {
  id: string;
  displayName: string;
  /** The name's pinyin and initials, one per line: pickers filter by them (matchesName). */
  searchKeys: string;
  taskForceIds: string[];
}

/** GET /api/v1/investment/options: everything the investment forms and filters pick from. */
export interface InvestmentOptions {
  taskForces: TaskForceOption[];
  methods: MethodOption[];
  parks: ParkOption[];
  owners: OwnerOption[];
  regions: string[];
}

export const INVESTMENT_OPTIONS_KEY = ['investment', 'options'] as const;

/** The options change only when an admin edits methods or org units: keep them for five minutes. */
export function useInvestmentOptions() {
  return useQuery({
    queryKey: INVESTMENT_OPTIONS_KEY,
    queryFn: () => api.get<InvestmentOptions>('/investment/options'),
    staleTime: 5 * 60_000,
  });
}
