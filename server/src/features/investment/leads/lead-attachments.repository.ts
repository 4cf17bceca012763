import type { Db } from '../../../db/database.js';
import type { LeadAttachmentTable } from '../investment.table.js';

const META = [
  'id',
  'leadId',
  'kind',
  'fileName',
  'mediaType',
  'sizeBytes',
  'sha256',
  'uploadedBy',
  'createdAt',
] as const;

export async function insertAttachment(db: Db, row: LeadAttachmentTable): Promise<void> {
  await db.insertInto('leadAttachments').values(row).execute();
}

export function attachmentMeta(db: Db, leadId: string, id: string) {
  return db
    .selectFrom('leadAttachments')
    .select(META)
    .where('leadId', '=', leadId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function attachmentWithContent(db: Db, leadId: string, id: string) {
  return db
    .selectFrom('leadAttachments')
    .select([...META, 'content'])
    .where('leadId', '=', leadId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function deleteAttachment(db: Db, id: string): Promise<void> {
  await db.deleteFrom('leadAttachments').where('id', '=', id).execute();
}
