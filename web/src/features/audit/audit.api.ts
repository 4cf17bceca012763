import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query';
import { saveDownload } from '../../api/save-download';
import type { ListResponse } from '../../api/types';
import { zoneToday } from '../../i18n/format';

export interface AuditLogEntry {
  seq: number;
  occurredAt: string;
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The labels and names the server gives in the reader's language (the codes stay above). */
  actorLabel: string | null;
  actionLabel: string;
  entityTypeLabel: string;
  entityName: string | null;
  entityCode: string | null;
  /** Field code → label, for the fields named in before/after. */
  fieldLabels: Record<string, string>;
}

export interface AuditFilters {
  actorId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  /** ISO 8601 instants. */
  from?: string | undefined;
  to?: string | undefined;
}

export function useAuditLogQuery(filters: AuditFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit', 'list', filters, page, pageSize],
    queryFn: () =>
      api.get<ListResponse<AuditLogEntry>>('/audit-logs', { ...filters, page, pageSize } satisfies QueryParams),
    placeholderData: keepPreviousData,
  });
}

export interface AuditActor {
  id: string;
  name: string;
}

/** The people in the log the caller may read (GET /audit-logs/actors), for the actor filter. */
export function useAuditActorsQuery() {
  return useQuery({
    queryKey: ['audit', 'actors'],
    queryFn: () => api.get<{ items: AuditActor[] }>('/audit-logs/actors'),
    select: (data) => data.items,
  });
}

export interface EntityTypeOption {
  value: string;
  label: string;
}

/** The kinds of object the log records, labelled (GET /audit-logs/entity-types), for the filter. */
export function useAuditEntityTypesQuery() {
  return useQuery({
    queryKey: ['audit', 'entity-types'],
    queryFn: () => api.get<{ items: EntityTypeOption[] }>('/audit-logs/entity-types'),
    select: (data) => data.items,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Downloads the Excel export of the same filters and hands it to the browser. */
export async function downloadAuditExport(filters: AuditFilters): Promise<void> {
  const { blob, filename } = await api.download('/audit-logs/export', { ...filters });
  saveDownload(blob, filename ?? `audit-log-${zoneToday()}.xlsx`);
}
