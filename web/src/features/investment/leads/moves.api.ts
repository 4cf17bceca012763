import { useQuery } from '@tanstack/react-query';
import type { ScreeningVerdict, Stage } from '@zonehub/investment-rules';
import { api } from '../../../api/client';
import type { ListResponse } from '../../../api/types';
import type { Activity, AttachmentMeta, LeadDetail, Screening } from './lead.types';
import { useLeadsMutation } from './leads.api';

const leadPath = (id: string) => `/investment/leads/${id}`;

/** POST /leads/:id/moves: the evidence a gate asks for (amounts in yuan). */
export interface MoveBody {
  to: Stage;
  version: number;
  effectiveOn?: string;
  reason?: string;
  signedOn?: string;
  signedAmountYuan?: number;
  contractAttachmentId?: string;
  enterpriseId?: string;
  newEnterprise?: { name: string; uscc: string; parkId: string; contactName?: string; contactPhone?: string };
  parcelId?: string;
  buildingId?: string;
  /** The floor area the enterprise takes in the building, m². */
  buildingAreaM2?: number;
}

export const useMoveLeadMutation = () =>
  useLeadsMutation(({ id, body }: { id: string; body: MoveBody }) =>
    api.post<LeadDetail>(`${leadPath(id)}/moves`, body),
  );

export const useUndoMoveMutation = () =>
  useLeadsMutation(({ id, version, reason }: { id: string; version: number; reason: string }) =>
    api.post<LeadDetail>(`${leadPath(id)}/moves/undo`, { version, reason }),
  );

export interface ScreeningInput {
  verdict: ScreeningVerdict;
  reasons: string;
  conditions?: string;
  decidedBy: string;
  decidedOn: string;
}

export const useAddScreeningMutation = () =>
  useLeadsMutation(({ id, body }: { id: string; body: ScreeningInput }) =>
    api.post<Screening>(`${leadPath(id)}/screenings`, body),
  );

export const useUploadAttachmentMutation = () =>
  useLeadsMutation(({ id, file, kind }: { id: string; file: File; kind: AttachmentMeta['kind'] }) =>
    api.upload<AttachmentMeta>(`${leadPath(id)}/attachments`, file, { kind, fileName: file.name }),
  );

export const useDeleteAttachmentMutation = () =>
  useLeadsMutation(({ id, attachmentId }: { id: string; attachmentId: string }) =>
    api.delete(`${leadPath(id)}/attachments/${attachmentId}`),
  );

/** The download link of an attachment (same origin, the session cookie goes along). */
export const attachmentUrl = (leadId: string, attachmentId: string) =>
  `/api/v1${leadPath(leadId)}/attachments/${attachmentId}`;

export interface ActivityInput {
  leadId?: string;
  taskForceId?: string;
  kind: Activity['kind'];
  subject: string;
  happenedOn: string;
  endsOn?: string;
  city?: string;
  participants?: string;
  counterparts?: string;
  notes?: string;
}

export function useLeadActivitiesQuery(leadId: string | undefined, kind?: Activity['kind']) {
  return useQuery({
    queryKey: ['investment', 'leads', 'activities', leadId, kind],
    queryFn: () => api.get<ListResponse<Activity>>('/investment/activities', { leadId, kind, page: 1, pageSize: 200 }),
    enabled: Boolean(leadId),
  });
}

export const useAddActivityMutation = () =>
  useLeadsMutation((body: ActivityInput) => api.post<Activity>('/investment/activities', body));
