import { contains } from '../../db/contains.js';
import type { Db } from '../../db/database.js';
import { notStaging } from './staging-zone.repository.js';
import type { NewPark, NewZone, ParkRow, ParkUpdate, ZoneRow, ZoneUpdate } from './zone.table.js';

export async function findZone(db: Db, id: string): Promise<ZoneRow | undefined> {
  return db.selectFrom('zones').selectAll().where('id', '=', id).where(notStaging('zones.id')).executeTakeFirst();
}

export interface ZoneFilter {
  q?: string | undefined;
  sort: 'code' | 'name';
  order: 'asc' | 'desc';
}

/** `ids` null: every zone (system admin); otherwise those zones only. */
function filtered(db: Db, ids: readonly string[] | null, filter: ZoneFilter) {
  let query = db.selectFrom('zones').where(notStaging('zones.id'));
  if (ids !== null) query = query.where('id', 'in', ids.length > 0 ? [...ids] : ['']);
  if (filter.q) {
    const text = filter.q;
    query = query.where((eb) => eb.or([contains('zones.name', text), contains('zones.code', text)]));
  }
  return query;
}

export async function countZones(db: Db, ids: readonly string[] | null, filter: ZoneFilter): Promise<number> {
  const row = await filtered(db, ids, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listZones(
  db: Db,
  ids: readonly string[] | null,
  filter: ZoneFilter,
  page: { offset: number; limit: number },
): Promise<ZoneRow[]> {
  return filtered(db, ids, filter)
    .selectAll()
    .orderBy(filter.sort, filter.order)
    .orderBy('id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}

export async function listParks(db: Db, zoneIds: readonly string[]): Promise<ParkRow[]> {
  if (zoneIds.length === 0) return [];
  return db
    .selectFrom('parks')
    .selectAll()
    .where('zoneId', 'in', [...zoneIds])
    .orderBy('sortOrder')
    .execute();
}

export async function findPark(db: Db, id: string): Promise<ParkRow | undefined> {
  return db.selectFrom('parks').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function zoneCodeTaken(db: Db, code: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('zones').select('id').where('code', '=', code);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function parkCodeTaken(db: Db, zoneId: string, code: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('parks').select('id').where('zoneId', '=', zoneId).where('code', '=', code);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertZone(db: Db, zone: NewZone): Promise<void> {
  await db.insertInto('zones').values(zone).execute();
}

export async function updateZone(db: Db, id: string, changes: ZoneUpdate): Promise<void> {
  await db.updateTable('zones').set(changes).where('id', '=', id).execute();
}

export async function insertPark(db: Db, park: NewPark): Promise<void> {
  await db.insertInto('parks').values(park).execute();
}

export async function updatePark(db: Db, id: string, changes: ParkUpdate): Promise<void> {
  await db.updateTable('parks').set(changes).where('id', '=', id).execute();
}
