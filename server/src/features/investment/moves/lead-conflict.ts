import type { Db } from '../../../db/database.js';
import { AppError } from '../../../http/errors.js';
import { lastChangeWords } from '../../audit/last-change.js';

/**
 * The 409 for a stale version: names the lead, who changed it last and when (in the zone's time), and
 * the version it is at now, so the second of two people dragging one card knows what happened.
 */
export async function versionConflict(db: Db, leadId: string): Promise<AppError> {
  const lead = await db
    .selectFrom('leads')
    .select(['name', 'version', 'zoneId', 'updatedAt'])
    .where('id', '=', leadId)
    .executeTakeFirstOrThrow();
  const { by, at } = await lastChangeWords(db, { type: 'lead', id: leadId, ...lead });
  return new AppError('lead.versionConflict', { name: lead.name, by, at, version: lead.version });
}
