import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { QueryParams } from '../../api/query';
import { saveDownload } from '../../api/save-download';
import { zoneToday } from '../../i18n/format';
import type { EnterpriseFilter } from '../enterprises/enterprises.api';

export type ImportMode = 'create' | 'update';
export type ImportJobStatus = 'validating' | 'invalid' | 'ready' | 'importing' | 'done' | 'failed';

export interface ImportError {
  row: number;
  column: string;
  code: string;
  message: string;
}

export interface ImportPreviewRow {
  row: number;
  action: 'create' | 'update';
  uscc: string;
  name: string;
  parkName: string | null;
  industryCode: string | null;
  status: string;
  registeredCapitalYuan: number | null;
  foundedOn: string | null;
  employees: number | null;
}

export interface ImportJob {
  id: string;
  fileName: string;
  status: ImportJobStatus;
  mode: ImportMode;
  totalRows: number;
  processedRows: number;
  validRows: number;
  toCreate: number;
  toUpdate: number;
  createdCount: number;
  updatedCount: number;
  errorCount: number;
  errors: ImportError[];
  preview: ImportPreviewRow[];
  failure: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** The largest file the server takes; checked here too so a big file fails before it uploads. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Uploads a sheet for validation (POST /enterprise-import); nothing is written yet. */
export function useUploadImport() {
  return useMutation({
    mutationFn: ({ file, mode }: { file: File; mode: ImportMode }) =>
      api.upload<ImportJob>('/enterprise-import', new Blob([file], { type: XLSX }), { mode, fileName: file.name }),
  });
}

export function useCommitImport() {
  return useMutation({
    mutationFn: ({ id, mode }: { id: string; mode: ImportMode }) =>
      api.post<ImportJob>(`/enterprise-import/${id}/commit`, { mode }),
  });
}

/** The job while it imports: polled every half second until it is no longer importing. */
export function useImportJobQuery(id: string | null) {
  return useQuery({
    queryKey: ['enterprise-import', id],
    queryFn: () => api.get<ImportJob>(`/enterprise-import/${id}`),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.status === 'importing' ? 500 : false),
  });
}

export async function downloadTemplate(): Promise<void> {
  const { blob, filename } = await api.download('/enterprise-import/template');
  saveDownload(blob, filename ?? 'enterprise-template.xlsx');
}

/** The Excel export of the list with the same filters (GET /enterprises/export). */
export async function downloadEnterpriseExport(filters: EnterpriseFilter): Promise<void> {
  const query: QueryParams = { ...filters };
  const { blob, filename } = await api.download('/enterprises/export', query);
  saveDownload(blob, filename ?? `enterprises-${zoneToday()}.xlsx`);
}
