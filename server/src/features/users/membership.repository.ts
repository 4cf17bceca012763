import type { Role } from '@zonehub/access';
import type { Db } from '../../db/database.js';
import { notStaging } from '../zones/staging-zone.repository.js';

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
    const zones = await db
      .selectFrom('zones')
      .select(['id', 'code', 'name', 'isDemo'])
      .where(notStaging('zones.id'))
      .orderBy('code')
      .execute();
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

/**
 * Replaces the user's org units within one zone; their units in other zones are another
 * administrator's to change and stay as they are.
 */
export async function replaceUserOrgUnits(
  db: Db,
  userId: string,
  zoneId: string,
  orgUnitIds: readonly string[],
): Promise<void> {
  await db
    .deleteFrom('userOrgUnits')
    .where('userId', '=', userId)
    .where('orgUnitId', 'in', (eb) => eb.selectFrom('orgUnits').select('id').where('zoneId', '=', zoneId))
    .execute();
  if (orgUnitIds.length > 0) {
    await db
      .insertInto('userOrgUnits')
      .values(orgUnitIds.map((orgUnitId) => ({ userId, orgUnitId })))
      .execute();
  }
}

/** Replaces the user's parks within one zone, leaving their parks in other zones alone. */
export async function replaceUserParks(
  db: Db,
  userId: string,
  zoneId: string,
  parkIds: readonly string[],
): Promise<void> {
  await db
    .deleteFrom('userParks')
    .where('userId', '=', userId)
    .where('parkId', 'in', (eb) => eb.selectFrom('parks').select('id').where('zoneId', '=', zoneId))
    .execute();
  if (parkIds.length > 0) {
    await db
      .insertInto('userParks')
      .values(parkIds.map((parkId) => ({ userId, parkId })))
      .execute();
  }
}

/**
 * Of these users, those who hold a role in some zone where `adminId` is not a zone admin: the users
 * whose account that administrator may not act on. One query for a whole page of users.
 */
export async function usersBeyondZoneAdmin(db: Db, adminId: string, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('userZoneRoles as held')
    .select('held.userId')
    .distinct()
    .where('held.userId', 'in', [...userIds])
    .where('held.zoneId', 'not in', (eb) =>
      eb
        .selectFrom('userZoneRoles as own')
        .select('own.zoneId')
        .where('own.userId', '=', adminId)
        .where('own.role', '=', 'zoneAdmin'),
    )
    .execute();
  return new Set(rows.map((r) => r.userId));
}

export async function setZoneRole(db: Db, userId: string, zoneId: string, role: Role): Promise<void> {
  await db.deleteFrom('userZoneRoles').where('userId', '=', userId).where('zoneId', '=', zoneId).execute();
  await db.insertInto('userZoneRoles').values({ userId, zoneId, role }).execute();
}
