import type { Db } from '../../../db/database.js';
import { AppError } from '../../../http/errors.js';
import { zoneTimezone } from '../../buildings/building.repository.js';
import { lastChange } from './move.repository.js';

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
  const change = await lastChange(db, leadId);
  const timeZone = await zoneTimezone(db, lead.zoneId);
  const at = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(change?.at ?? lead.updatedAt));
  return new AppError('lead.versionConflict', {
    name: lead.name,
    by: change?.by ?? '—',
    at,
    version: lead.version,
  });
}
