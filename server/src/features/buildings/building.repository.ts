import { contains } from '../../db/contains.js';
import type { Db } from '../../db/database.js';
import { inScope } from '../../db/scope-filter.js';
import type { Scope } from '../../http/context.js';
import type { BuildingOccupancyTable, FactoryBuildingTable } from '../parcels/parcel.table.js';
import type { BuildingJoined, BuildingListQuery } from './building.schema.js';

const BUILDING_SCOPE = { zone: 'factoryBuildings.zoneId', park: 'factoryBuildings.parkId' };

function scopedBuildings(db: Db, scope: Scope) {
  return db
    .selectFrom('factoryBuildings')
    .leftJoin('parks', 'parks.id', 'factoryBuildings.parkId')
    .leftJoin('parcels', 'parcels.id', 'factoryBuildings.parcelId')
    .where(inScope(scope, BUILDING_SCOPE));
}

const JOINED = [
  'factoryBuildings.id',
  'factoryBuildings.code',
  'factoryBuildings.name',
  'factoryBuildings.parkId',
  'parks.name as parkName',
  'factoryBuildings.parcelId',
  'parcels.code as parcelCode',
  'factoryBuildings.floorAreaM2',
  'factoryBuildings.floors',
  'factoryBuildings.completedOn',
  'factoryBuildings.createdAt',
  'factoryBuildings.updatedAt',
] as const;

type ListFilter = Omit<BuildingListQuery, 'page' | 'pageSize'>;

function filtered(db: Db, scope: Scope, filter: ListFilter) {
  let query = scopedBuildings(db, scope);
  if (filter.q) {
    const text = filter.q;
    query = query.where((eb) =>
      eb.or([contains('factoryBuildings.code', text), contains('factoryBuildings.name', text)]),
    );
  }
  if (filter.parkId) query = query.where('factoryBuildings.parkId', '=', filter.parkId);
  if (filter.parcelId) query = query.where('factoryBuildings.parcelId', '=', filter.parcelId);
  return query;
}

export async function countBuildings(db: Db, scope: Scope, filter: ListFilter): Promise<number> {
  const row = await filtered(db, scope, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listBuildings(
  db: Db,
  scope: Scope,
  filter: ListFilter,
  page: { offset: number; limit: number },
): Promise<BuildingJoined[]> {
  return filtered(db, scope, filter)
    .select(JOINED)
    .orderBy(`factoryBuildings.${filter.sort}`, filter.order)
    .orderBy('factoryBuildings.code')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}

export async function findBuilding(db: Db, scope: Scope, id: string): Promise<BuildingJoined | undefined> {
  return scopedBuildings(db, scope).select(JOINED).where('factoryBuildings.id', '=', id).executeTakeFirst();
}

/** Area occupied on `day`, per building, for the given buildings. */
export async function occupiedByBuilding(db: Db, ids: readonly string[], day: string): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('buildingOccupancies')
    .select(['buildingId', (eb) => eb.fn.sum<number>('areaM2').as('occupied')])
    .where('buildingId', 'in', [...ids])
    .where('startedOn', '<=', day)
    .where((eb) => eb.or([eb('endedOn', 'is', null), eb('endedOn', '>', day)]))
    .groupBy('buildingId')
    .execute();
  return new Map(rows.map((r) => [r.buildingId, Number(r.occupied)]));
}

/** Floor area and area occupied on `day`, per park, over every building the filter and scope admit. */
export async function occupancyByPark(db: Db, scope: Scope, filter: ListFilter, day: string) {
  const floors = await filtered(db, scope, filter)
    .select([
      'factoryBuildings.parkId',
      'parks.name as parkName',
      (eb) => eb.fn.countAll<number>().as('buildings'),
      (eb) => eb.fn.sum<number>('factoryBuildings.floorAreaM2').as('floorAreaM2'),
    ])
    .groupBy(['factoryBuildings.parkId', 'parks.name'])
    .orderBy('parks.name')
    .execute();
  const occupied = await filtered(db, scope, filter)
    .innerJoin('buildingOccupancies', 'buildingOccupancies.buildingId', 'factoryBuildings.id')
    .where('buildingOccupancies.startedOn', '<=', day)
    .where((eb) => eb.or([eb('buildingOccupancies.endedOn', 'is', null), eb('buildingOccupancies.endedOn', '>', day)]))
    .select(['factoryBuildings.parkId', (eb) => eb.fn.sum<number>('buildingOccupancies.areaM2').as('occupied')])
    .groupBy('factoryBuildings.parkId')
    .execute();
  const byPark = new Map(occupied.map((r) => [r.parkId, Number(r.occupied)]));
  return floors.map((f) => ({
    parkId: f.parkId,
    parkName: f.parkName,
    buildings: Number(f.buildings),
    floorAreaM2: Number(f.floorAreaM2),
    occupiedM2: byPark.get(f.parkId) ?? 0,
  }));
}

export async function buildingIdByCode(db: Db, zoneId: string, code: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('factoryBuildings')
    .select('id')
    .where('zoneId', '=', zoneId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.id;
}

export async function insertBuilding(db: Db, row: FactoryBuildingTable): Promise<void> {
  await db.insertInto('factoryBuildings').values(row).execute();
}

export async function updateBuilding(db: Db, id: string, changes: Partial<FactoryBuildingTable>): Promise<void> {
  await db.updateTable('factoryBuildings').set(changes).where('id', '=', id).execute();
}

export async function occupanciesOf(db: Db, buildingId: string) {
  return db
    .selectFrom('buildingOccupancies')
    .leftJoin('enterprises', 'enterprises.id', 'buildingOccupancies.enterpriseId')
    .select([
      'buildingOccupancies.id',
      'buildingOccupancies.buildingId',
      'buildingOccupancies.enterpriseId',
      'enterprises.name as enterpriseName',
      'buildingOccupancies.areaM2',
      'buildingOccupancies.startedOn',
      'buildingOccupancies.endedOn',
    ])
    .where('buildingOccupancies.buildingId', '=', buildingId)
    .orderBy('buildingOccupancies.startedOn')
    .orderBy('buildingOccupancies.id')
    .execute();
}

/** One enterprise's occupancies in the buildings the scope may see (enterprise users: their own). */
export async function occupanciesOfEnterprise(db: Db, scope: Scope, enterpriseId: string) {
  return db
    .selectFrom('buildingOccupancies')
    .innerJoin('factoryBuildings', 'factoryBuildings.id', 'buildingOccupancies.buildingId')
    .leftJoin('parks', 'parks.id', 'factoryBuildings.parkId')
    .leftJoin('enterprises', 'enterprises.id', 'buildingOccupancies.enterpriseId')
    .where(inScope(scope, { ...BUILDING_SCOPE, enterprise: 'buildingOccupancies.enterpriseId' }))
    .where('buildingOccupancies.enterpriseId', '=', enterpriseId)
    .select([
      'buildingOccupancies.id',
      'buildingOccupancies.buildingId',
      'buildingOccupancies.enterpriseId',
      'enterprises.name as enterpriseName',
      'buildingOccupancies.areaM2',
      'buildingOccupancies.startedOn',
      'buildingOccupancies.endedOn',
      'factoryBuildings.code as buildingCode',
      'factoryBuildings.name as buildingName',
      'parks.name as parkName',
    ])
    .orderBy('buildingOccupancies.startedOn')
    .execute();
}

export async function insertOccupancy(db: Db, row: BuildingOccupancyTable): Promise<void> {
  await db.insertInto('buildingOccupancies').values(row).execute();
}

export async function setOccupancyEnd(db: Db, id: string, endedOn: string | null): Promise<void> {
  await db.updateTable('buildingOccupancies').set({ endedOn }).where('id', '=', id).execute();
}

export async function deleteOccupancy(db: Db, id: string): Promise<void> {
  await db.deleteFrom('buildingOccupancies').where('id', '=', id).execute();
}

/** The zone's time zone, for "today" in occupancy figures. */
export async function zoneTimezone(db: Db, zoneId: string): Promise<string> {
  const row = await db.selectFrom('zones').select('timezone').where('id', '=', zoneId).executeTakeFirst();
  return row?.timezone ?? 'Asia/Shanghai';
}
