import { contains } from '../../db/contains.js';
import type { Db } from '../../db/database.js';
import type { NewOrgUnit, OrgUnitKind, OrgUnitRow, OrgUnitUpdate } from './org-unit.table.js';

export type OrgUnitWithCount = OrgUnitRow & { memberCount: number };

export interface OrgUnitFilter {
  q?: string | undefined;
  kind?: OrgUnitKind | undefined;
  sort: 'code' | 'name' | 'kind';
  order: 'asc' | 'desc';
}

function filtered(db: Db, zoneId: string, filter: OrgUnitFilter) {
  let query = db.selectFrom('orgUnits').where('orgUnits.zoneId', '=', zoneId);
  if (filter.kind) query = query.where('orgUnits.kind', '=', filter.kind);
  if (filter.q) {
    const text = filter.q;
    query = query.where((eb) => eb.or([contains('orgUnits.name', text), contains('orgUnits.code', text)]));
  }
  return query;
}

export async function countOrgUnits(db: Db, zoneId: string, filter: OrgUnitFilter): Promise<number> {
  const row = await filtered(db, zoneId, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listOrgUnits(
  db: Db,
  zoneId: string,
  filter: OrgUnitFilter,
  page: { offset: number; limit: number },
): Promise<OrgUnitWithCount[]> {
  const rows = await filtered(db, zoneId, filter)
    .leftJoin('userOrgUnits', 'userOrgUnits.orgUnitId', 'orgUnits.id')
    .selectAll('orgUnits')
    .select((eb) => eb.fn.count<number>('userOrgUnits.userId').as('memberCount'))
    .groupBy('orgUnits.id')
    .orderBy(`orgUnits.${filter.sort}`, filter.order)
    .orderBy('orgUnits.code')
    .offset(page.offset)
    .limit(page.limit)
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
