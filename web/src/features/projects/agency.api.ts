import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { PROJECTS_KEY } from './projects.api';

/** The states and steps of an item (server agency-flow.ts); the server says which steps the caller may take. */
export const AGENCY_STATES = ['draft', 'submitted', 'accepted', 'returned', 'approved'] as const;
export type AgencyState = (typeof AGENCY_STATES)[number];
export type AgencyStep = 'submit' | 'accept' | 'return' | 'resubmit' | 'approve';

export interface AgencyFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  createdAt: string;
}

/** An approval item handled for the enterprise (全代办), as GET /projects/:id/agency-items returns it. */
export interface AgencyItem {
  id: string;
  projectId: string;
  projectName: string;
  item: string;
  departmentId: string;
  departmentName: string;
  state: AgencyState;
  submittedOn: string | null;
  acceptedOn: string | null;
  approvedOn: string | null;
  approvalDocNo: string | null;
  returnReason: string | null;
  statutoryDays: number;
  tolerance: boolean;
  commitment: boolean;
  handledById: string | null;
  handledByName: string | null;
  notes: string | null;
  elapsedWorkdays: number | null;
  pausedWorkdays: number;
  paused: boolean;
  dueOn: string | null;
  overdue: boolean;
  steps: { step: AgencyStep; on: string; reason: string | null; actorName: string | null }[];
  files: AgencyFile[];
  actions: AgencyStep[];
  version: number;
  canUpdate: boolean;
  updatedAt: string;
}

export interface AgencyItemInput {
  item: string;
  departmentId: string;
  statutoryDays: number;
  tolerance: boolean;
  commitment: boolean;
  notes: string | null;
  /** New items only: send to the department at once (待受理). */
  submit: boolean;
}

/** POST …/steps: the step with the version read; the day defaults to the zone's today on the server. */
export interface AgencyStepInput {
  step: AgencyStep;
  on?: string;
  reason?: string;
  approvalDocNo?: string;
}

const AGENCY_KEY = [...PROJECTS_KEY, 'agency'] as const;

export function useProjectAgencyItems(projectId: string) {
  return useQuery({
    queryKey: [...AGENCY_KEY, projectId],
    queryFn: () => api.get<{ items: AgencyItem[] }>(`/projects/${projectId}/agency-items`),
  });
}

export function useAgencyDepartments() {
  return useQuery({
    queryKey: [...AGENCY_KEY, 'departments'],
    queryFn: () => api.get<{ items: { id: string; name: string }[] }>('/projects/agency-departments'),
    staleTime: 5 * 60_000,
  });
}

/** Create (no itemId) or update (with the version read) one item; refreshes the agency queries. */
export function useSaveAgencyItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      projectId,
      itemId,
      body,
    }: {
      projectId: string;
      itemId: string | null;
      body: Partial<AgencyItemInput> & { version?: number };
    }) =>
      itemId === null
        ? api.post<AgencyItem>(`/projects/${projectId}/agency-items`, body)
        : api.patch<AgencyItem>(`/projects/${projectId}/agency-items/${itemId}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: AGENCY_KEY }),
  });
}

const itemPath = (item: Pick<AgencyItem, 'projectId' | 'id'>) => `/projects/${item.projectId}/agency-items/${item.id}`;

/** Takes one step of an item (stamped with the day and the caller); refreshes every agency query. */
export function useAgencyStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ item, body }: { item: AgencyItem; body: AgencyStepInput }) =>
      api.post<AgencyItem>(`${itemPath(item)}/steps`, { version: item.version, ...body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: AGENCY_KEY }),
  });
}

/** Attaches the approval's file (sent raw, as milestone evidence is). */
export function useUploadAgencyFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ item, file }: { item: AgencyItem; file: File }) =>
      api.upload<AgencyFile>(`${itemPath(item)}/files`, file, { fileName: file.name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: AGENCY_KEY }),
  });
}

/** Where a file is downloaded from (an attachment: the browser saves it). */
export const agencyFileHref = (item: Pick<AgencyItem, 'projectId' | 'id'>, file: Pick<AgencyFile, 'id'>) =>
  `/api/v1${itemPath(item)}/files/${file.id}`;
