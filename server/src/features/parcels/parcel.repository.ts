import { contains } from '../../db/contains.js';
import type { Db } from '../../db/database.js';
import { inScope } from '../../db/scope-filter.js';
import type { Scope } from '../../http/context.js';
import type { ParcelJoined, ParcelListQuery } from './parcel.schema.js';
import type { NewParcel, ParcelUpdate, StandardLandIndicatorRow, StandardLandIndicatorTable } from './parcel.table.js';

const PARCEL_SCOPE = { zone: 'parcels.zoneId', park: 'parcels.parkId', enterprise: 'parcels.enterpriseId' };

/** Parcels the scope may see, joined with park, enterprise and standard-land presence. */
function scopedParcels(db: Db, scope: Scope) {
  return db
    .selectFrom('parcels')
    .leftJoin('parks', 'parks.id', 'parcels.parkId')
    .leftJoin('enterprises', 'enterprises.id', 'parcels.enterpriseId')
    .leftJoin('standardLandIndicators', 'standardLandIndicators.parcelId', 'parcels.id')
    .where(inScope(scope, PARCEL_SCOPE));
}

const JOINED = [
  'parcels.id',
  'parcels.code',
  'parcels.parkId',
  'parks.name as parkName',
  'parcels.areaMu',
  'parcels.areaM2',
  'parcels.landUse',
  'parcels.supplyStatus',
  'parcels.enterpriseId',
  'enterprises.name as enterpriseName',
  'standardLandIndicators.parcelId as standardLandParcelId',
  'parcels.geometry',
  'parcels.createdAt',
  'parcels.updatedAt',
] as const;

type ListFilter = Omit<ParcelListQuery, 'page' | 'pageSize'>;

function filtered(db: Db, scope: Scope, filter: ListFilter) {
  let query = scopedParcels(db, scope);
  if (filter.q) query = query.where(contains('parcels.code', filter.q));
  if (filter.parkId) query = query.where('parcels.parkId', '=', filter.parkId);
  if (filter.supplyStatus) query = query.where('parcels.supplyStatus', '=', filter.supplyStatus);
  if (filter.landUse) query = query.where('parcels.landUse', '=', filter.landUse);
  if (filter.enterpriseId) query = query.where('parcels.enterpriseId', '=', filter.enterpriseId);
  if (filter.standardLand === 'yes') query = query.where('standardLandIndicators.parcelId', 'is not', null);
  if (filter.standardLand === 'no') query = query.where('standardLandIndicators.parcelId', 'is', null);
  if (filter.free === 'yes')
    query = query.where('parcels.supplyStatus', '!=', 'supplied').where('parcels.enterpriseId', 'is', null);
  return query;
}

export async function countParcels(db: Db, scope: Scope, filter: ListFilter): Promise<number> {
  const row = await filtered(db, scope, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listParcels(
  db: Db,
  scope: Scope,
  filter: ListFilter,
  page: { offset: number; limit: number },
): Promise<ParcelJoined[]> {
  return filtered(db, scope, filter)
    .select(JOINED)
    .orderBy(`parcels.${filter.sort}`, filter.order)
    .orderBy('parcels.code')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}

export async function findParcel(db: Db, scope: Scope, id: string): Promise<ParcelJoined | undefined> {
  return scopedParcels(db, scope).select(JOINED).where('parcels.id', '=', id).executeTakeFirst();
}

/** Parcels of one enterprise the scope may see, by code. */
export async function parcelsOfEnterprise(db: Db, scope: Scope, enterpriseId: string): Promise<ParcelJoined[]> {
  return scopedParcels(db, scope)
    .select(JOINED)
    .where('parcels.enterpriseId', '=', enterpriseId)
    .orderBy('parcels.code')
    .execute();
}

/** Parcels of one park the scope may see that have geometry, for the park map. */
export async function mappedParcels(db: Db, scope: Scope, parkId: string) {
  return db
    .selectFrom('parcels')
    .leftJoin('enterprises', 'enterprises.id', 'parcels.enterpriseId')
    .leftJoin('industryCodes', 'industryCodes.code', 'enterprises.industryCode')
    .where(inScope(scope, PARCEL_SCOPE))
    .where('parcels.parkId', '=', parkId)
    .where('parcels.geometry', 'is not', null)
    .select([
      'parcels.id',
      'parcels.code',
      'parcels.areaMu',
      'parcels.supplyStatus',
      'parcels.landUse',
      'parcels.enterpriseId',
      'enterprises.name as enterpriseName',
      'enterprises.industryCode',
      'industryCodes.section as industrySection',
      'parcels.geometry',
    ])
    .orderBy('parcels.code')
    .execute();
}

/** Which parcel of the zone holds a code (for the 409 that points at it). */
export async function parcelIdByCode(db: Db, zoneId: string, code: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('parcels')
    .select('id')
    .where('zoneId', '=', zoneId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.id;
}

/** id by code for every parcel of a park (for the GeoJSON import; the park is checked first). */
export async function parcelIdsByCodeInPark(
  db: Db,
  parkId: string,
): Promise<Map<string, { id: string; geometry: string | null }>> {
  const rows = await db.selectFrom('parcels').select(['id', 'code', 'geometry']).where('parkId', '=', parkId).execute();
  return new Map(rows.map((r) => [r.code, { id: r.id, geometry: r.geometry }]));
}

export async function insertParcel(db: Db, parcel: NewParcel): Promise<void> {
  await db.insertInto('parcels').values(parcel).execute();
}

export async function updateParcel(db: Db, id: string, changes: ParcelUpdate): Promise<void> {
  await db.updateTable('parcels').set(changes).where('id', '=', id).execute();
}

export async function deleteParcel(db: Db, id: string): Promise<void> {
  await db.deleteFrom('standardLandIndicators').where('parcelId', '=', id).execute();
  await db.deleteFrom('parcels').where('id', '=', id).execute();
}

export async function countBuildingsOn(db: Db, parcelId: string): Promise<number> {
  const row = await db
    .selectFrom('factoryBuildings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parcelId', '=', parcelId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findIndicators(db: Db, parcelId: string): Promise<StandardLandIndicatorRow | undefined> {
  return db.selectFrom('standardLandIndicators').selectAll().where('parcelId', '=', parcelId).executeTakeFirst();
}

export async function upsertIndicators(db: Db, row: StandardLandIndicatorTable): Promise<void> {
  const { parcelId, ...values } = row;
  await db
    .insertInto('standardLandIndicators')
    .values(row)
    .onConflict((oc) => oc.column('parcelId').doUpdateSet(values))
    .execute();
}

export async function deleteIndicators(db: Db, parcelId: string): Promise<void> {
  await db.deleteFrom('standardLandIndicators').where('parcelId', '=', parcelId).execute();
}

/** The zone's park with this id, or undefined. */
export async function findParkInZone(db: Db, zoneId: string, parkId: string) {
  return db
    .selectFrom('parks')
    .select(['id', 'name', 'code'])
    .where('zoneId', '=', zoneId)
    .where('id', '=', parkId)
    .executeTakeFirst();
}

export async function enterpriseInZone(db: Db, zoneId: string, enterpriseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('enterprises')
    .select('id')
    .where('zoneId', '=', zoneId)
    .where('id', '=', enterpriseId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The enterprise if the scope may see it (park staff: in their parks; enterprise users: their own). */
export async function findScopedEnterprise(db: Db, scope: Scope, enterpriseId: string) {
  return db
    .selectFrom('enterprises')
    .select(['id', 'name'])
    .where(inScope(scope, { zone: 'enterprises.zoneId', park: 'enterprises.parkId', enterprise: 'enterprises.id' }))
    .where('id', '=', enterpriseId)
    .executeTakeFirst();
}
