import type { Db } from '../../db/database.js';
import { inScope } from '../../db/scope-filter.js';
import type { Scope } from '../../http/context.js';

export interface ParkFigures {
  id: string;
  name: string;
  enterprises: number;
  parcels: number;
  users: number;
}

function tally(rows: { parkId: string | null; n: number | string }[]): Map<string, number> {
  return new Map(rows.filter((r) => r.parkId !== null).map((r) => [r.parkId as string, Number(r.n)]));
}

/** Per park of the caller's zone: enterprises, parcels and users, each counted within the caller's scope. */
export async function parkFigures(db: Db, scope: Scope): Promise<ParkFigures[]> {
  const enterpriseScope = inScope(scope, {
    zone: 'enterprises.zoneId',
    park: 'enterprises.parkId',
    enterprise: 'enterprises.id',
  });
  const enterprises = await db
    .selectFrom('enterprises')
    .select(['parkId', (eb) => eb.fn.countAll<number>().as('n')])
    .where(enterpriseScope)
    .groupBy('parkId')
    .execute();
  const parcels = await db
    .selectFrom('parcels')
    .select(['parkId', (eb) => eb.fn.countAll<number>().as('n')])
    .where(inScope(scope, { zone: 'parcels.zoneId', park: 'parcels.parkId', enterprise: 'parcels.enterpriseId' }))
    .groupBy('parkId')
    .execute();
  // A park's users: its park staff, and the users of its enterprises.
  const staff =
    scope.enterpriseId !== null
      ? []
      : await db
          .selectFrom('userParks')
          .innerJoin('parks', 'parks.id', 'userParks.parkId')
          .select(['userParks.parkId', (eb) => eb.fn.countAll<number>().as('n')])
          .where(inScope(scope, { zone: 'parks.zoneId', park: 'parks.id' }))
          .groupBy('userParks.parkId')
          .execute();
  const enterpriseUsers = await db
    .selectFrom('users')
    .innerJoin('enterprises', 'enterprises.id', 'users.enterpriseId')
    .select(['enterprises.parkId', (eb) => eb.fn.countAll<number>().as('n')])
    .where(enterpriseScope)
    .groupBy('enterprises.parkId')
    .execute();

  const parkQuery = db.selectFrom('parks').select(['id', 'name']).where('zoneId', '=', scope.zoneId);
  const parks = await (scope.enterpriseId !== null
    ? parkQuery.where(
        'id',
        'in',
        db
          .selectFrom('enterprises')
          .select('parkId')
          .where('id', '=', scope.enterpriseId)
          .$narrowType<{ parkId: string }>(),
      )
    : scope.parkIds !== null
      ? parkQuery.where('id', 'in', scope.parkIds.length > 0 ? [...scope.parkIds] : [''])
      : parkQuery
  )
    .orderBy('sortOrder')
    .execute();

  const [e, p, s, u] = [tally(enterprises), tally(parcels), tally(staff), tally(enterpriseUsers)];
  return parks.map((park) => ({
    id: park.id,
    name: park.name,
    enterprises: e.get(park.id) ?? 0,
    parcels: p.get(park.id) ?? 0,
    users: (s.get(park.id) ?? 0) + (u.get(park.id) ?? 0),
  }));
}

/**
 * The accounts of the zone: everyone holding a role in it, as 用户管理 lists them for a zone admin.
 * The home page's 平台用户 for a zone-wide caller (the per-park figures only know park staff and
 * enterprise users, so their sum is not the zone's headcount).
 */
export async function zoneUserCount(db: Db, zoneId: string): Promise<number> {
  const row = await db
    .selectFrom('userZoneRoles')
    .select((eb) => eb.fn.count<number>('userId').distinct().as('n'))
    .where('zoneId', '=', zoneId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
