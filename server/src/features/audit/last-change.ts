import { listDateTime } from '@zonehub/zone-dates';
import type { Db } from '../../db/database.js';
import { zoneTimezone } from '../buildings/building.repository.js';

/**
 * Who changed an entity last and when, in words for a 409: the later of two saves is told whose
 * change it missed (from the audit log, the one record of every write) and at what time in the zone.
 * `fallbackAt` is the entity's own updatedAt, used when the audit log holds no entry for it.
 */
export async function lastChangeWords(
  db: Db,
  entity: { type: string; id: string; zoneId: string; updatedAt: string },
): Promise<{ by: string; at: string }> {
  const row = await db
    .selectFrom('auditLog')
    .leftJoin('users', 'users.id', 'auditLog.actorId')
    .select(['users.displayName', 'auditLog.actorName', 'auditLog.occurredAt'])
    .where('auditLog.entityType', '=', entity.type)
    .where('auditLog.entityId', '=', entity.id)
    .orderBy('auditLog.seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const timeZone = await zoneTimezone(db, entity.zoneId);
  const at = listDateTime(row?.occurredAt ?? entity.updatedAt, timeZone);
  return { by: row?.displayName ?? row?.actorName ?? '—', at };
}
