import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { OwnerOption, ParkOption, TaskForceOption } from '../investment/investment-options.api';

/**
 * GET /api/v1/projects/options: what the project forms and filters pick from (any project.view role).
 * Each role gets what its pages use: the staff lists only for those who create and plan projects, no
 * task forces for an enterprise user.
 */
export interface ProjectOptions {
  taskForces: TaskForceOption[];
  parks: ParkOption[];
  /** 包联领导 candidates. */
  leaders: OwnerOption[];
  /** People who may own checklist items. */
  owners: OwnerOption[];
}

export function useProjectOptions() {
  return useQuery({
    queryKey: ['projects', 'options'],
    queryFn: () => api.get<ProjectOptions>('/projects/options'),
    staleTime: 5 * 60_000,
  });
}
