import type { Db } from '../../db/database.js';
import type { NewOrgUnit, OrgUnitRow, OrgUnitUpdate } from './org-unit.table.js';

export type OrgUnitWithCount = OrgUnitRow & { memberCount: number };

export async function listOrgUnits(db: Db, zoneId: string): Promise<OrgUnitWithCount[]> {
  const rows = await db
    .selectFrom('orgUnits')
    .leftJoin('userOrgUnits', 'userOrgUnits.orgUnitId', 'orgUnits.id')
    .selectAll('orgUnits')
    .select((eb) => eb.fn.count<number>('userOrgUnits.userId').as('memberCount'))
    .where('orgUnits.zoneId', '=', zoneId)
    .groupBy('orgUnits.id')
    .orderBy('orgUnits.kind')
    .orderBy('orgUnits.code')
    .execute();
  return rows.map((r) => ({ ...r, memberCount: Number(r.memberCount) }));
}

export async function findOrgUnit(db: Db, id: string): Promise<OrgUnitRow | undefined> {
  return db.selectFrom('orgUnits').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function orgUnitCodeTaken(db: Db, zoneId: string, code: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('orgUnits').select('id').where('zoneId', '=', zoneId).where('code', '=', code);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function countMembers(db: Db, id: string): Promise<number> {
  const row = await db
    .selectFrom('userOrgUnits')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('orgUnitId', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countChildren(db: Db, id: string): Promise<number> {
  const row = await db
    .selectFrom('orgUnits')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parentId', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many of `ids` are org units of this zone (to validate a user's memberships). */
export async function countInZone(db: Db, zoneId: string, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('orgUnits')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('zoneId', '=', zoneId)
    .where('id', 'in', [...ids])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertOrgUnit(db: Db, unit: NewOrgUnit): Promise<void> {
  await db.insertInto('orgUnits').values(unit).execute();
}

export async function updateOrgUnit(db: Db, id: string, changes: OrgUnitUpdate): Promise<void> {
  await db.updateTable('orgUnits').set(changes).where('id', '=', id).execute();
}

export async function deleteOrgUnit(db: Db, id: string): Promise<void> {
  await db.deleteFrom('orgUnits').where('id', '=', id).execute();
}
