import type { Db } from '../../db/database.js';

/** The active zone admins of these zones, one row per admin and zone (whom to tell about a user). */
export async function zoneAdminsOf(db: Db, zoneIds: readonly string[]): Promise<{ userId: string; zoneId: string }[]> {
  if (zoneIds.length === 0) return [];
  return db
    .selectFrom('userZoneRoles')
    .innerJoin('users', 'users.id', 'userZoneRoles.userId')
    .select(['userZoneRoles.userId', 'userZoneRoles.zoneId'])
    .where('userZoneRoles.zoneId', 'in', zoneIds)
    .where('userZoneRoles.role', '=', 'zoneAdmin')
    .where('users.active', '=', 1)
    .orderBy('userZoneRoles.zoneId')
    .orderBy('userZoneRoles.userId')
    .execute();
}
