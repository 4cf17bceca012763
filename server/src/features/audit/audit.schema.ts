import { z } from 'zod';
import { listQuery } from '../../http/pagination.js';
import type { AuditLogRow } from './audit.table.js';

const storedEntrySchema = z.object({
  seq: z.number().int(),
  occurredAt: z.string(),
  zoneId: z.string().nullable(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type StoredEntryView = z.infer<typeof storedEntrySchema>;

/** An entry as the log's reader gets it: labels and names in the reader's language beside the codes. */
export const auditEntrySchema = storedEntrySchema.extend({
  /** The actor's name now (the stored actorName is the username at the time). */
  actorLabel: z.string().nullable(),
  actionLabel: z.string(),
  entityTypeLabel: z.string(),
  /** The object's name and code (an enterprise's credit code, a lead's code), null when unknown. */
  entityName: z.string().nullable(),
  entityCode: z.string().nullable(),
  /** Field code → label, for the fields named in before/after (nested ones too). */
  fieldLabels: z.record(z.string(), z.string()),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

const filters = {
  actorId: z.string().max(64).optional(),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
};

export const auditListQuery = listQuery(['seq'], 'seq')
  .omit({ q: true })
  .extend({ ...filters, order: z.enum(['asc', 'desc']).default('desc') });
export const auditExportQuery = z.strictObject(filters);

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

export const toAuditEntryView = (row: AuditLogRow): StoredEntryView => ({
  seq: Number(row.seq),
  occurredAt: row.occurredAt,
  zoneId: row.zoneId,
  actorId: row.actorId,
  actorName: row.actorName,
  ip: row.ip,
  action: row.action,
  entityType: row.entityType,
  entityId: row.entityId,
  before: parse(row.before),
  after: parse(row.after),
});
