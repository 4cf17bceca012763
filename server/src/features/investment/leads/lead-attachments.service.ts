import { createHash } from 'node:crypto';
import type { Db } from '../../../db/database.js';
import type { AppContext, Caller, Scope } from '../../../http/context.js';
import { AppError, forbidden, notFound } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import type { AttachmentKind, LeadRow } from '../investment.table.js';
import { mayWorkTaskForce } from '../lead-scope.js';
import { findLeadRow } from './lead.repository.js';
import type { AttachmentMeta } from './lead.schema.js';
import * as repo from './lead-attachments.repository.js';
import { leadFieldError } from './lead-messages.js';

/** 20 MB: a scanned contract fits; the bytes live in the database (see the migration). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const attachmentTooLarge = () => new AppError('lead.attachmentTooLarge', { limit: '20 MB' });

async function writableLead(db: Db, scope: Scope, leadId: string): Promise<LeadRow> {
  const lead = await findLeadRow(db, scope, leadId);
  if (!lead) throw notFound('lead');
  if (!mayWorkTaskForce(scope, lead.taskForceId)) throw forbidden();
  return lead;
}

const metaView = (row: {
  id: string;
  kind: AttachmentKind;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedBy: string | null;
  createdAt: string;
}): AttachmentMeta => ({
  id: row.id,
  kind: row.kind,
  fileName: row.fileName,
  mediaType: row.mediaType,
  sizeBytes: Number(row.sizeBytes),
  uploadedBy: row.uploadedBy,
  createdAt: row.createdAt,
});

export async function uploadAttachment(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  leadId: string,
  file: { kind: AttachmentKind; fileName: string; mediaType: string; data: Buffer },
  locale: Locale,
): Promise<AttachmentMeta> {
  const lead = await writableLead(trx, caller.scope, leadId);
  if (file.data.length === 0)
    throw new AppError('validation.failed', { count: 1 }, [leadFieldError(locale, 'body', 'attachment.empty')]);
  if (file.data.length > MAX_ATTACHMENT_BYTES) throw attachmentTooLarge();
  const row = {
    id: crypto.randomUUID(),
    zoneId: lead.zoneId,
    leadId,
    kind: file.kind,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.data.length,
    sha256: createHash('sha256').update(file.data).digest('hex'),
    content: file.data,
    uploadedBy: caller.actor.id,
    isDemo: 0,
    createdAt: ctx.clock.now().toISOString(),
  };
  await repo.insertAttachment(trx, row);
  const { content: _bytes, ...meta } = row;
  await recordChange(trx, ctx, caller.principal, {
    action: 'lead.attachment.create',
    entityType: 'leadAttachment',
    entityId: row.id,
    zoneId: lead.zoneId,
    after: meta,
  });
  return metaView(row);
}

export async function downloadAttachment(db: Db, scope: Scope, leadId: string, id: string) {
  if (!(await findLeadRow(db, scope, leadId))) throw notFound('lead');
  const row = await repo.attachmentWithContent(db, leadId, id);
  if (!row) throw notFound('attachment');
  return { fileName: row.fileName, mediaType: row.mediaType, sha256: row.sha256, content: Buffer.from(row.content) };
}

/** The contract a signing move used stays: the signed pool's evidence would point at nothing. */
export async function removeAttachment(ctx: AppContext, trx: Db, caller: Caller, leadId: string, id: string) {
  const lead = await writableLead(trx, caller.scope, leadId);
  const row = await repo.attachmentMeta(trx, leadId, id);
  if (!row) throw notFound('attachment');
  if (lead.contractAttachmentId === id) throw new AppError('lead.attachmentInUse');
  await repo.deleteAttachment(trx, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'lead.attachment.delete',
    entityType: 'leadAttachment',
    entityId: id,
    zoneId: lead.zoneId,
    before: row,
  });
}
