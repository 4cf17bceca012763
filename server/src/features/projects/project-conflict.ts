import type { Db } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { zoneTimezone } from '../buildings/building.repository.js';

/** Who changed an entity last and when, from the audit log. */
async function lastChange(db: Db, entityType: string, entityId: string) {
  const row = await db
    .selectFrom('auditLog')
    .leftJoin('users', 'users.id', 'auditLog.actorId')
    .select(['users.displayName', 'auditLog.actorName', 'auditLog.occurredAt'])
    .where('auditLog.entityType', '=', entityType)
    .where('auditLog.entityId', '=', entityId)
    .orderBy('auditLog.seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { by: row.displayName ?? row.actorName, at: row.occurredAt } : undefined;
}

/**
 * The 409 for a stale version of a project or a milestone: names it, who changed it last and when (in
 * the zone's time), and its version now, so the later of two saves knows what happened.
 */
export async function versionConflict(
  db: Db,
  entityType: 'project' | 'projectMilestone',
  current: { id: string; name: string; version: number; zoneId: string; updatedAt: string },
): Promise<AppError> {
  const change = await lastChange(db, entityType, current.id);
  const timeZone = await zoneTimezone(db, current.zoneId);
  const at = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(change?.at ?? current.updatedAt));
  return new AppError('project.versionConflict', {
    name: current.name,
    by: change?.by ?? '—',
    at,
    version: Number(current.version),
  });
}
