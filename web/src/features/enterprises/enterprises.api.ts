import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ListQuery, ListResponse } from '../../api/types';

export const ENTERPRISE_STATUSES = ['operating', 'suspended', 'relocated', 'deregistered'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];
export const CLASSIFICATION_KINDS = ['aboveScaleIndustrial', 'fourAbove', 'highTech', 'srdi', 'chainLeader'] as const;
export type ClassificationKind = (typeof CLASSIFICATION_KINDS)[number];
export const FOUR_ABOVE_SECTORS = [
  'industry',
  'construction',
  'tradeAccommodationCatering',
  'services',
  'realEstate',
] as const;
export type FourAboveSector = (typeof FOUR_ABOVE_SECTORS)[number];
export const SRDI_LEVELS = ['provincial', 'national'] as const;
export type SrdiLevel = (typeof SRDI_LEVELS)[number];

/** The columns GET /enterprises sorts by. */
export const ENTERPRISE_SORTS = [
  'name',
  'uscc',
  'foundedOn',
  'registeredCapitalYuan',
  'employees',
  'createdAt',
] as const;
export type EnterpriseSort = (typeof ENTERPRISE_SORTS)[number];

export interface ClassificationSummary {
  kind: ClassificationKind;
  year: number;
  sector: FourAboveSector | null;
  level: SrdiLevel | null;
}

export interface EnterpriseListItem {
  id: string;
  uscc: string;
  name: string;
  parkId: string | null;
  parkName: string | null;
  status: EnterpriseStatus;
  industryCode: string | null;
  industryName: string | null;
  legalRepresentative: string | null;
  registeredCapitalYuan: number | null;
  foundedOn: string | null;
  employees: number | null;
  classifications: ClassificationSummary[];
}

export interface Contact {
  id: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  isPrimary: boolean;
}

export interface Classification extends ClassificationSummary {
  id: string;
}

export interface Enterprise extends Omit<EnterpriseListItem, 'classifications'> {
  formerNames: string[];
  address: string | null;
  namePinyin: string | null;
  nameInitials: string | null;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
  /** Sent back with an edit; the server refuses an edit of an older version (409). */
  version: number;
  /** The profile the enterprise keeps itself (PATCH /enterprises/:id/profile). */
  phone: string | null;
  website: string | null;
  officeAddress: string | null;
  businessDescription: string | null;
  contacts: Contact[];
  classifications: Classification[];
}

/** The filters of the list, as GET /enterprises takes them (and the export of engineer C reuses). */
export interface EnterpriseFilter {
  q?: string | undefined;
  parkId?: string | undefined;
  industryCode?: string | undefined;
  classification?: ClassificationKind | undefined;
  classificationYear?: number | undefined;
  status?: EnterpriseStatus | undefined;
  sort?: EnterpriseSort | undefined;
  order?: 'asc' | 'desc' | undefined;
}

export type EnterpriseQuery = EnterpriseFilter & ListQuery & { sort?: EnterpriseSort | undefined };

export interface EnterpriseInput {
  uscc: string;
  name: string;
  formerNames?: string[];
  legalRepresentative?: string | null;
  registeredCapitalYuan?: number | null;
  foundedOn?: string | null;
  address?: string | null;
  parkId?: string | null;
  status?: EnterpriseStatus;
  industryCode?: string | null;
  employees?: number | null;
}

export interface AuditEntry {
  seq: number;
  occurredAt: string;
  actorName: string | null;
  /** The actor's and the action's names in the reader's language, from the server. */
  actorLabel: string | null;
  action: string;
  actionLabel: string;
  before: unknown;
  after: unknown;
}

const KEY = ['enterprises'] as const;

export function useEnterprisesQuery(query: EnterpriseQuery) {
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () => api.get<ListResponse<EnterpriseListItem>>('/enterprises', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useEnterpriseQuery(id: string) {
  return useQuery({ queryKey: [...KEY, 'one', id], queryFn: () => api.get<Enterprise>(`/enterprises/${id}`) });
}

export function useEnterpriseHistoryQuery(id: string, page: number) {
  return useQuery({
    queryKey: [...KEY, 'history', id, page],
    queryFn: () => api.get<ListResponse<AuditEntry>>(`/enterprises/${id}/history`, { page, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

/** Re-reads every enterprise query, e.g. after a conflict told us our copy is stale. */
export function useRefreshEnterprises(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: KEY });
}

/** Every write refreshes every enterprise query: the list, the profile and its history. */
function useEnterpriseMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

export const useCreateEnterpriseMutation = () =>
  useEnterpriseMutation((body: EnterpriseInput) => api.post<Enterprise>('/enterprises', body));
export const useUpdateEnterpriseMutation = () =>
  useEnterpriseMutation(({ id, body }: { id: string; body: Partial<EnterpriseInput> & { version: number } }) =>
    api.patch<Enterprise>(`/enterprises/${id}`, body),
  );
/** The fields an enterprise keeps itself, each sent only when changed, with the version edited. */
export interface ProfileInput {
  phone?: string | null;
  website?: string | null;
  officeAddress?: string | null;
  businessDescription?: string | null;
  employees?: number | null;
}
export const useUpdateProfileMutation = () =>
  useEnterpriseMutation(({ id, body }: { id: string; body: ProfileInput & { version: number } }) =>
    api.patch<Enterprise>(`/enterprises/${id}/profile`, body),
  );
export const useAddContactMutation = () =>
  useEnterpriseMutation(({ id, body }: { id: string; body: Omit<Contact, 'id'> }) =>
    api.post<Contact>(`/enterprises/${id}/contacts`, body),
  );
export const useUpdateContactMutation = () =>
  useEnterpriseMutation(
    ({ id, contactId, body }: { id: string; contactId: string; body: Partial<Omit<Contact, 'id'>> }) =>
      api.patch<Contact>(`/enterprises/${id}/contacts/${contactId}`, body),
  );
export const useRemoveContactMutation = () =>
  useEnterpriseMutation(({ id, contactId }: { id: string; contactId: string }) =>
    api.delete(`/enterprises/${id}/contacts/${contactId}`),
  );
export const useAddClassificationMutation = () =>
  useEnterpriseMutation(
    ({
      id,
      body,
    }: {
      id: string;
      body: { kind: ClassificationKind; year: number; sector?: FourAboveSector; level?: SrdiLevel };
    }) => api.post<Classification>(`/enterprises/${id}/classifications`, body),
  );
export const useRemoveClassificationMutation = () =>
  useEnterpriseMutation(({ id, classificationId }: { id: string; classificationId: string }) =>
    api.delete(`/enterprises/${id}/classifications/${classificationId}`),
  );
