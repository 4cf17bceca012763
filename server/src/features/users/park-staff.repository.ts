import type { Db } from '../../db/database.js';

/** The active park staff of a zone who work in this park (whom to tell about one of its enterprises). */
export async function parkStaffOf(db: Db, zoneId: string, parkId: string): Promise<{ userId: string }[]> {
  return db
    .selectFrom('userZoneRoles')
    .innerJoin('users', 'users.id', 'userZoneRoles.userId')
    .innerJoin('userParks', 'userParks.userId', 'userZoneRoles.userId')
    .select('userZoneRoles.userId')
    .where('userZoneRoles.zoneId', '=', zoneId)
    .where('userZoneRoles.role', '=', 'parkStaff')
    .where('userParks.parkId', '=', parkId)
    .where('users.active', '=', 1)
    .orderBy('userZoneRoles.userId')
    .execute();
}
