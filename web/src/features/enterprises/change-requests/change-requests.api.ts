import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { ListResponse } from '../../../api/types';

export const CHANGE_REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

/** The registered facts (登记事项): changed only by a request a reviewer approves. */
export const REGISTERED_FIELDS = [
  'name',
  'uscc',
  'legalRepresentative',
  'registeredCapitalYuan',
  'foundedOn',
  'address',
  'industryCode',
] as const;
export type RegisteredField = (typeof REGISTERED_FIELDS)[number];
export type FieldValue = string | number | null;

export interface FieldChange {
  field: RegisteredField;
  before: FieldValue;
  after: FieldValue;
}

export interface ChangeRequest {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  status: ChangeRequestStatus;
  changes: FieldChange[];
  reason: string;
  submittedByName: string | null;
  submittedAt: string;
  reviewedByName: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  file: { fileName: string; mediaType: string; sizeBytes: number } | null;
}

export type ProposedValues = Partial<Record<RegisteredField, FieldValue>>;

const KEY = ['enterpriseChangeRequests'] as const;

export const changeFileUrl = (id: string) => `/api/v1/enterprise-change-requests/${id}/file`;

/** Requests to review (pending first in the queue), as a reviewer's scope allows. */
export function useChangeRequestsQuery(query: { status?: ChangeRequestStatus | undefined; page: number }) {
  return useQuery({
    queryKey: [...KEY, 'review', query],
    queryFn: () => api.get<ListResponse<ChangeRequest>>('/enterprise-change-requests', { ...query, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

/** One enterprise's requests, newest first. */
export function useEnterpriseChangeRequestsQuery(enterpriseId: string, page: number) {
  return useQuery({
    queryKey: [...KEY, 'enterprise', enterpriseId, page],
    queryFn: () =>
      api.get<ListResponse<ChangeRequest>>(`/enterprises/${enterpriseId}/change-requests`, { page, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

/** A decision or a new request changes the requests and (approved) the enterprise: refetch both. */
function useChangeMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: KEY }),
        queryClient.invalidateQueries({ queryKey: ['enterprises'] }),
      ]),
  });
}

export const useSubmitChangeMutation = () =>
  useChangeMutation(
    ({ enterpriseId, changes, reason }: { enterpriseId: string; changes: ProposedValues; reason: string }) =>
      api.post<ChangeRequest>(`/enterprises/${enterpriseId}/change-requests`, { changes, reason }),
  );

/** The supporting file goes up after the request it belongs to (a second one replaces the first). */
export const useAttachChangeFileMutation = () =>
  useChangeMutation(({ id, file }: { id: string; file: File }) =>
    api.upload<ChangeRequest>(`/enterprise-change-requests/${id}/file`, file, { fileName: file.name }),
  );

/** The largest supporting file the server takes. */
export const MAX_CHANGE_FILE_BYTES = 20 * 1024 * 1024;

export const useApproveChangeMutation = () =>
  useChangeMutation(({ id, note }: { id: string; note: string | null }) =>
    api.post<ChangeRequest>(`/enterprise-change-requests/${id}/approve`, { note }),
  );

export const useRejectChangeMutation = () =>
  useChangeMutation(({ id, reason }: { id: string; reason: string }) =>
    api.post<ChangeRequest>(`/enterprise-change-requests/${id}/reject`, { reason }),
  );
