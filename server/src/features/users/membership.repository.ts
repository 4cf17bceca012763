import type { Role } from '@zonehub/access';
import type { Db } from '../../db/database.js';

export interface ZoneMembership {
  zoneId: string;
  code: string;
  name: string;
  isDemo: number;
  role: Role;
}

/** The zones a user works in, with their role in each. A system admin works in every zone. */
export async function zonesOfUser(db: Db, userId: string, systemAdmin: boolean): Promise<ZoneMembership[]> {
  if (systemAdmin) {
    const zones = await db.selectFrom('zones').select(['id', 'code', 'name', 'isDemo']).orderBy('code').execute();
    return zones.map((z) => ({ zoneId: z.id, code: z.code, name: z.name, isDemo: z.isDemo, role: 'systemAdmin' }));
  }
  return db
    .selectFrom('userZoneRoles')
    .innerJoin('zones', 'zones.id', 'userZoneRoles.zoneId')
    .select(['zones.id as zoneId', 'zones.code', 'zones.name', 'zones.isDemo', 'userZoneRoles.role'])
    .where('userZoneRoles.userId', '=', userId)
    .orderBy('zones.code')
    .execute();
}

export async function parkIdsOfUser(db: Db, userId: string, zoneId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('userParks')
    .innerJoin('parks', 'parks.id', 'userParks.parkId')
    .select('parks.id')
    .where('userParks.userId', '=', userId)
    .where('parks.zoneId', '=', zoneId)
    .execute();
  return rows.map((r) => r.id);
}

export async function orgUnitIdsOfUser(db: Db, userId: string, zoneId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('userOrgUnits')
    .innerJoin('orgUnits', 'orgUnits.id', 'userOrgUnits.orgUnitId')
    .select('orgUnits.id')
    .where('userOrgUnits.userId', '=', userId)
    .where('orgUnits.zoneId', '=', zoneId)
    .execute();
  return rows.map((r) => r.id);
}

export async function replaceUserOrgUnits(db: Db, userId: string, orgUnitIds: readonly string[]): Promise<void> {
  await db.deleteFrom('userOrgUnits').where('userId', '=', userId).execute();
  if (orgUnitIds.length > 0) {
    await db
      .insertInto('userOrgUnits')
      .values(orgUnitIds.map((orgUnitId) => ({ userId, orgUnitId })))
      .execute();
  }
}

export async function replaceUserParks(db: Db, userId: string, parkIds: readonly string[]): Promise<void> {
  await db.deleteFrom('userParks').where('userId', '=', userId).execute();
  if (parkIds.length > 0) {
    await db
      .insertInto('userParks')
      .values(parkIds.map((parkId) => ({ userId, parkId })))
      .execute();
  }
}

export async function setZoneRole(db: Db, userId: string, zoneId: string, role: Role): Promise<void> {
  await db.deleteFrom('userZoneRoles').where('userId', '=', userId).where('zoneId', '=', zoneId).execute();
  await db.insertInto('userZoneRoles').values({ userId, zoneId, role }).execute();
}
