import type { Db } from '../../../db/database.js';

/** Look-ups that check what a lead links to belongs to its zone (and still exists). */

export async function taskForceInZone(db: Db, zoneId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('orgUnits')
    .select('id')
    .where('id', '=', id)
    .where('zoneId', '=', zoneId)
    .where('kind', '=', 'taskForce')
    .executeTakeFirst();
  return row !== undefined;
}

export async function userInZone(db: Db, zoneId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('userZoneRoles')
    .innerJoin('users', 'users.id', 'userZoneRoles.userId')
    .select('users.id')
    .where('userZoneRoles.userId', '=', userId)
    .where('userZoneRoles.zoneId', '=', zoneId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function industryExists(db: Db, code: string): Promise<boolean> {
  const row = await db.selectFrom('industryCodes').select('code').where('code', '=', code).executeTakeFirst();
  return row !== undefined;
}

export async function activeMethodInZone(db: Db, zoneId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('investmentMethods')
    .select('id')
    .where('id', '=', id)
    .where('zoneId', '=', zoneId)
    .where('active', '=', 1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function parkInZone(db: Db, zoneId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('parks')
    .select('id')
    .where('id', '=', id)
    .where('zoneId', '=', zoneId)
    .executeTakeFirst();
  return row !== undefined;
}
