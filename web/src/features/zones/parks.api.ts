import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useSession } from '../../app/session';

/** A park as pickers and filters offer it. */
export interface ParkOption {
  id: string;
  code: string;
  name: string;
}

/**
 * GET /parks: the parks of the current zone the caller may pick, for every role (park staff get only
 * their own parks, an enterprise user its enterprise's). Forms never read GET /admin/zones, which
 * only administrators may call.
 */
export function useParkOptions(enabled = true) {
  const zoneId = useSession().zone?.id;
  return useQuery({
    queryKey: ['parks', zoneId],
    queryFn: () => api.get<{ items: ParkOption[] }>('/parks'),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
    enabled: enabled && zoneId !== undefined,
  });
}
