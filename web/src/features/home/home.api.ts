import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface ParkFigures {
  id: string;
  name: string;
  enterprises: number;
  parcels: number;
  users: number;
}

export interface HomeSummary {
  zone: {
    id: string;
    name: string;
    approvedOn: string | null;
    areaKm2: number | null;
    leadingIndustries: string | null;
    isDemo: boolean;
  };
  parks: ParkFigures[];
  totals: { enterprises: number; parcels: number; users: number };
  /** What totals.users counts: the zone's accounts, or the users of the caller's parks or enterprise. */
  usersCounted: 'zone' | 'parks' | 'enterprise';
}

export function useHomeSummaryQuery(zoneId: string | undefined) {
  return useQuery({
    queryKey: ['home', 'summary', zoneId],
    queryFn: () => api.get<HomeSummary>('/home/summary'),
    enabled: zoneId !== undefined,
  });
}
