import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CalendarOverride, CalendarYear, ProjectSettings } from './project.types';
import { PROJECTS_KEY } from './projects.api';

const SETTINGS_KEY = [...PROJECTS_KEY, 'settings'] as const;
const CALENDAR_KEY = [...PROJECTS_KEY, 'calendar'] as const;

export function useProjectSettingsQuery() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => api.get<ProjectSettings>('/projects/settings') });
}

export function useCalendarYearQuery(year: number) {
  return useQuery({
    queryKey: [...CALENDAR_KEY, year],
    queryFn: () => api.get<CalendarYear>('/projects/calendar', { year }),
  });
}

/** Settings and calendar changes recompute every light of the zone: refresh every project query. */
function useSettingsMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PROJECTS_KEY }),
  });
}

export const useSaveProjectSettingsMutation = () =>
  useSettingsMutation((body: ProjectSettings) => api.put<ProjectSettings>('/projects/settings', body));

export const usePutOverrideMutation = () =>
  useSettingsMutation(({ day, kind, name }: CalendarOverride) =>
    api.put<CalendarOverride>(`/projects/calendar/overrides/${day}`, { kind, name }),
  );

export const useDeleteOverrideMutation = () =>
  useSettingsMutation((day: string) => api.delete(`/projects/calendar/overrides/${day}`));
