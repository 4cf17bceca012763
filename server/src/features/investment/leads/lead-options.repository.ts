import type { Role } from '@zonehub/access';
import type { Db } from '../../../db/database.js';

/** What the lead forms offer, and the caller's saved filters. */

export function taskForcesOf(db: Db, zoneId: string) {
  return db
    .selectFrom('orgUnits')
    .select(['id', 'name'])
    .where('zoneId', '=', zoneId)
    .where('kind', '=', 'taskForce')
    .orderBy('code')
    .execute();
}

export function methodsOf(db: Db, zoneId: string) {
  return db
    .selectFrom('investmentMethods')
    .select(['id', 'name', 'active'])
    .where('zoneId', '=', zoneId)
    .orderBy('sortOrder')
    .orderBy('name')
    .execute();
}

export function parksOf(db: Db, zoneId: string) {
  return db.selectFrom('parks').select(['id', 'name']).where('zoneId', '=', zoneId).orderBy('sortOrder').execute();
}

/** Active users of the zone in the given roles, with the task forces they belong to. */
export async function ownersOf(db: Db, zoneId: string, roles: Role[]) {
  const users = await db
    .selectFrom('userZoneRoles')
    .innerJoin('users', 'users.id', 'userZoneRoles.userId')
    .select(['users.id', 'users.displayName', 'users.searchKeys'])
    .where('userZoneRoles.zoneId', '=', zoneId)
    .where('userZoneRoles.role', 'in', roles)
    .where('users.active', '=', 1)
    .orderBy('users.displayName')
    .execute();
  const memberships = await db
    .selectFrom('userOrgUnits')
    .innerJoin('orgUnits', 'orgUnits.id', 'userOrgUnits.orgUnitId')
    .select(['userOrgUnits.userId', 'userOrgUnits.orgUnitId'])
    .where('orgUnits.zoneId', '=', zoneId)
    .where('orgUnits.kind', '=', 'taskForce')
    .execute();
  const byUser = new Map<string, string[]>();
  for (const m of memberships) byUser.set(m.userId, [...(byUser.get(m.userId) ?? []), m.orgUnitId]);
  // searchKeys: the pickers filter by pinyin and initials as the server's name searches do.
  return users.map((u) => ({
    id: u.id,
    displayName: u.displayName,
    searchKeys: u.searchKeys,
    taskForceIds: byUser.get(u.id) ?? [],
  }));
}

export function savedFiltersOf(db: Db, zoneId: string, userId: string) {
  return db
    .selectFrom('leadSavedFilters')
    .select(['id', 'name', 'query', 'createdAt'])
    .where('zoneId', '=', zoneId)
    .where('userId', '=', userId)
    .orderBy('name')
    .execute();
}

export async function savedFilterNamed(db: Db, zoneId: string, userId: string, name: string) {
  return db
    .selectFrom('leadSavedFilters')
    .select('id')
    .where('zoneId', '=', zoneId)
    .where('userId', '=', userId)
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function insertSavedFilter(
  db: Db,
  row: { id: string; zoneId: string; userId: string; name: string; query: string; createdAt: string },
): Promise<void> {
  await db.insertInto('leadSavedFilters').values(row).execute();
}

export function ownSavedFilter(db: Db, zoneId: string, userId: string, id: string) {
  return db
    .selectFrom('leadSavedFilters')
    .select(['id', 'name', 'query', 'createdAt'])
    .where('id', '=', id)
    .where('zoneId', '=', zoneId)
    .where('userId', '=', userId)
    .executeTakeFirst();
}

export async function deleteSavedFilter(db: Db, id: string): Promise<void> {
  await db.deleteFrom('leadSavedFilters').where('id', '=', id).execute();
}
