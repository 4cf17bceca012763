import type { Insertable, Selectable, Updateable } from 'kysely';

/** validating → invalid | ready; ready → importing → done | failed (or invalid, if the registry changed meanwhile). */
export const IMPORT_JOB_STATUSES = ['validating', 'invalid', 'ready', 'importing', 'done', 'failed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];
/** create: only new credit codes; update: a known credit code updates that enterprise. */
export const IMPORT_MODES = ['create', 'update'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface ImportJobTable {
  id: string;
  zoneId: string;
  userId: string | null;
  fileName: string;
  status: ImportJobStatus;
  mode: ImportMode;
  totalRows: number;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  /** JSON: SheetProblem[] (codes and params, worded per reader's language). */
  problems: string;
  /** JSON: SheetEnterprise[], the clean rows; emptied once the job is done. */
  records: string;
  /** Set when a commit failed ('internal'); the details are in the server log, never here. */
  failure: string | null;
  createdAt: string;
  /** When the commit started (ready → importing). */
  startedAt: string | null;
  finishedAt: string | null;
}

export type ImportJobRow = Selectable<ImportJobTable>;
export type NewImportJob = Insertable<ImportJobTable>;
export type ImportJobUpdate = Updateable<ImportJobTable>;
