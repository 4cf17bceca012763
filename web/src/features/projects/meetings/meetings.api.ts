import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { ListResponse } from '../../../api/types';

/** Dispatch meetings (调度会), as /api/v1/projects/meetings returns them. */
export type Cadence = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'annual';
export type OutcomeKind = 'info' | 'decision' | 'action';

export interface Series {
  id: string;
  name: string;
  cadence: Cadence;
  taskForceId: string | null;
  taskForceName: string | null;
  chairId: string | null;
  chairName: string | null;
  defaultPlace: string | null;
  isActive: boolean;
  meetingCount: number;
  lastHeldOn: string | null;
  nextDueOn: string | null;
  openActions: number;
  overdueActions: number;
  canManage: boolean;
  version: number;
}

/** Where a meeting is held: the committee's office, at a firm, or on a construction site. */
export type PlaceKind = 'office' | 'firm' | 'site';
export const PLACE_KINDS: readonly PlaceKind[] = ['office', 'firm', 'site'];

export interface MeetingSummary {
  id: string;
  seriesId: string;
  heldOn: string;
  startsAt: string | null;
  place: string | null;
  placeKind: PlaceKind;
  onSite: boolean;
  siteEnterpriseName: string | null;
  agendaCount: number;
  actionsRaised: number;
  openActions: number;
}

export interface Outcome {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  projectId: string | null;
  projectName: string | null;
  kind: OutcomeKind;
  text: string;
  ownerId: string | null;
  ownerName: string | null;
  dueOn: string | null;
  status: 'open' | 'closed';
  result: string | null;
  closedOn: string | null;
  closedByName: string | null;
  closedInMeetingId: string | null;
  version: number;
}

export interface Action extends Outcome {
  seriesName: string;
  raisedOn: string;
  ageWorkdays: number;
  overdue: boolean;
  canManage: boolean;
}

export interface MeetingDetail {
  id: string;
  series: Series;
  heldOn: string;
  startsAt: string | null;
  place: string | null;
  placeKind: PlaceKind;
  onSite: boolean;
  siteEnterpriseId: string | null;
  siteEnterpriseName: string | null;
  summary: string | null;
  attendees: { id: string; userId: string | null; name: string; organization: string | null }[];
  agenda: { id: string; seq: number; topic: string; projectId: string | null; projectName: string | null }[];
  outcomes: Outcome[];
  carriedOver: Action[];
  canManage: boolean;
  version: number;
}

export interface MeetingOptions {
  taskForces: { id: string; name: string }[];
  /** searchKeys: the name's pinyin and initials, one per line (pickers filter by them, matchesName). */
  people: { id: string; displayName: string; searchKeys: string; taskForceIds: string[] }[];
  projects: {
    id: string;
    name: string;
    searchKeys: string;
    taskForceId: string;
    enterpriseId: string | null;
    enterpriseName: string | null;
  }[];
}

export interface MeetingInput {
  heldOn: string;
  startsAt: string | null;
  place: string | null;
  placeKind: PlaceKind;
  onSite: boolean;
  siteEnterpriseId: string | null;
  summary: string | null;
  attendees: { userId: string | null; name: string | null; organization: string | null }[];
  agenda: { topic: string; projectId: string | null }[];
}

const BASE = '/projects/meetings';
const KEY = ['projects', 'meetings'] as const;

export const minutesUrl = (meetingId: string) => `/api/v1${BASE}/${meetingId}/minutes.docx`;

export function useMeetingOptions() {
  return useQuery({
    queryKey: [...KEY, 'options'],
    queryFn: () => api.get<MeetingOptions>(`${BASE}/options`),
    staleTime: 5 * 60_000,
  });
}

export function useSeriesList() {
  return useQuery({ queryKey: [...KEY, 'series'], queryFn: () => api.get<{ items: Series[] }>(`${BASE}/series`) });
}

export function useSeries(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'series', id],
    queryFn: () => api.get<Series>(`${BASE}/series/${id}`),
    enabled: Boolean(id),
  });
}

export function useSeriesMeetings(id: string | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...KEY, 'series', id, 'meetings', page, pageSize],
    queryFn: () => api.get<ListResponse<MeetingSummary>>(`${BASE}/series/${id}/meetings`, { page, pageSize }),
    enabled: Boolean(id),
  });
}

export function useMeeting(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'meeting', id],
    queryFn: () => api.get<MeetingDetail>(`${BASE}/${id}`),
    enabled: Boolean(id),
  });
}

export function useProjectMeetings(projectId: string) {
  return useQuery({
    queryKey: [...KEY, 'project', projectId],
    queryFn: () =>
      api.get<{
        meetings: (MeetingSummary & { seriesName: string; cadence: Cadence; topics: string[] })[];
        actions: Action[];
      }>(`${BASE}/project/${projectId}`),
  });
}

export function useMyActions() {
  return useQuery({
    queryKey: [...KEY, 'actions', 'mine'],
    queryFn: () => api.get<{ today: string; items: Action[] }>(`${BASE}/actions`, { mine: 'true', status: 'open' }),
  });
}

/** Every write refreshes every meeting query (series counts, carried-over items, the project tab). */
function useMeetingMutation<V, R>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

export const useCreateSeries = () =>
  useMeetingMutation(
    (body: { name: string; cadence: Cadence; taskForceId: string | null; defaultPlace: string | null }) =>
      api.post<Series>(`${BASE}/series`, body),
  );

export const useHoldMeeting = () =>
  useMeetingMutation(({ seriesId, body }: { seriesId: string; body: MeetingInput }) =>
    api.post<MeetingDetail>(`${BASE}/series/${seriesId}/meetings`, body),
  );

export const useAddOutcome = () =>
  useMeetingMutation(
    ({
      meetingId,
      body,
    }: {
      meetingId: string;
      body: {
        kind: OutcomeKind;
        text: string;
        agendaItemId: string | null;
        ownerId: string | null;
        dueOn: string | null;
      };
    }) => api.post<Outcome>(`${BASE}/${meetingId}/outcomes`, body),
  );

export const useCloseAction = () =>
  useMeetingMutation(
    ({ outcomeId, body }: { outcomeId: string; body: { result: string; meetingId?: string; version: number } }) =>
      api.post<Outcome>(`${BASE}/outcomes/${outcomeId}/close`, body),
  );
