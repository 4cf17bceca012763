import type { Db } from '../../db/database.js';
import type { NewSession, SessionRow } from './session.table.js';

export async function insertSession(db: Db, session: NewSession): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export async function findSession(db: Db, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function touchSession(db: Db, id: string, lastSeenAt: string): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt }).where('id', '=', id).execute();
}

export async function setSessionZone(db: Db, id: string, zoneId: string): Promise<void> {
  await db.updateTable('sessions').set({ zoneId }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Db, userId: string, exceptId?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('userId', '=', userId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Sessions past their absolute lifetime, or last stamped at or before `idleSince` (auth.service idleCutoff). */
export async function deleteStaleSessions(db: Db, now: string, idleSince: string): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expiresAt', '<=', now), eb('lastSeenAt', '<=', idleSince)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countRecentFailures(db: Db, key: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('loginFailures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('key', '=', key)
    .where('failedAt', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertFailures(db: Db, keys: string[], failedAt: string): Promise<void> {
  await db
    .insertInto('loginFailures')
    .values(keys.map((key) => ({ id: crypto.randomUUID(), key, failedAt })))
    .execute();
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('loginFailures').where('key', '=', key).execute();
}

export async function deleteOldFailures(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('loginFailures').where('failedAt', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
