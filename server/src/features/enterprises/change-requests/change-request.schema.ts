import { z } from 'zod';
import { createEnterpriseBody } from '../enterprise.schema.js';
import {
  CHANGE_REQUEST_STATUSES,
  type FieldChange,
  type FieldValue,
  REGISTERED_FIELDS,
  type RegisteredField,
} from './change-request.table.js';

const fieldValue = z.union([z.string(), z.number(), z.null()]);

export const fieldChangeSchema = z.object({
  field: z.enum(REGISTERED_FIELDS),
  before: fieldValue,
  after: fieldValue,
});

export const changeRequestSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  status: z.enum(CHANGE_REQUEST_STATUSES),
  changes: z.array(fieldChangeSchema),
  reason: z.string(),
  submittedByName: z.string().nullable(),
  submittedAt: z.string(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  /** The rejection's reason, or the approver's note. */
  reviewNote: z.string().nullable(),
  /** The supporting file, when one was attached (GET /enterprise-change-requests/:id/file). */
  file: z.object({ fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int() }).nullable(),
});
export type ChangeRequestView = z.infer<typeof changeRequestSchema>;

/** The proposed values: any registered facts, with the rules of the enterprise form. */
export const submitChangeBody = z.strictObject({
  changes: createEnterpriseBody
    .pick({
      name: true,
      uscc: true,
      legalRepresentative: true,
      registeredCapitalYuan: true,
      foundedOn: true,
      address: true,
      industryCode: true,
    } satisfies Record<RegisteredField, true>)
    .partial(),
  reason: z.string().trim().min(1).max(1000),
});
export type SubmitChangeInput = z.infer<typeof submitChangeBody>;

export const approveChangeBody = z.strictObject({ note: z.string().trim().max(1000).nullable().optional() });
export const rejectChangeBody = z.strictObject({ reason: z.string().trim().min(1).max(1000) });

/** Pending requests list oldest first (a queue); decided ones newest first. */
export const changeRequestListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  status: z.enum(CHANGE_REQUEST_STATUSES).optional(),
});
export type ChangeRequestListQuery = z.infer<typeof changeRequestListQuery>;

export function parseChanges(json: string): FieldChange[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((item: { field?: unknown; before?: FieldValue; after?: FieldValue }) =>
    REGISTERED_FIELDS.includes(item.field as RegisteredField)
      ? [{ field: item.field as RegisteredField, before: item.before ?? null, after: item.after ?? null }]
      : [],
  );
}

export interface ChangeRequestListRow {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  status: (typeof CHANGE_REQUEST_STATUSES)[number];
  changes: string;
  reason: string;
  submittedByName: string | null;
  submittedAt: string;
  reviewedByName: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  fileName: string | null;
  fileMediaType: string | null;
  fileSizeBytes: number | null;
}

export const toChangeRequestView = (row: ChangeRequestListRow): ChangeRequestView => ({
  id: row.id,
  enterpriseId: row.enterpriseId,
  enterpriseName: row.enterpriseName,
  status: row.status,
  changes: parseChanges(row.changes),
  reason: row.reason,
  submittedByName: row.submittedByName,
  submittedAt: row.submittedAt,
  reviewedByName: row.reviewedByName,
  reviewedAt: row.reviewedAt,
  reviewNote: row.reviewNote,
  file:
    row.fileName === null
      ? null
      : {
          fileName: row.fileName,
          mediaType: row.fileMediaType ?? 'application/octet-stream',
          sizeBytes: Number(row.fileSizeBytes ?? 0),
        },
});
