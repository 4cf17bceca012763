import type { Role } from '@zonehub/access';
import { contains } from '../../db/contains.js';
import type { Db } from '../../db/database.js';
import { normalizeSearchText } from '../enterprises/enterprise-search-keys.js';
import type { UserListQuery } from './user.schema.js';

export interface UserListRow {
  id: string;
  username: string;
  displayName: string;
  active: number;
  mustChangePassword: number;
  systemAdmin: number;
  enterpriseId: string | null;
  enterpriseName: string | null;
  mobile: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  role: Role | null;
}

const COLUMNS = [
  'users.id',
  'users.username',
  'users.displayName',
  'users.active',
  'users.mustChangePassword',
  'users.systemAdmin',
  'enterprises.id as enterpriseId',
  'enterprises.name as enterpriseName',
  'users.mobile',
  'users.lastLoginAt',
  'users.createdAt',
  'userZoneRoles.role',
] as const;

/**
 * The users of a zone (those with a role in it), and, for a system admin, the system admins too.
 * The zone condition is part of the query: users of other zones never leave the database.
 */
function base(db: Db, zoneId: string, includeSystemAdmins: boolean, query: Partial<UserListQuery>) {
  let q = db
    .selectFrom('users')
    .leftJoin('userZoneRoles', (join) =>
      join.onRef('userZoneRoles.userId', '=', 'users.id').on('userZoneRoles.zoneId', '=', zoneId),
    )
    // Only an enterprise of this zone shows: another zone's registry is not this zone's to read.
    .leftJoin('enterprises', (join) =>
      join.onRef('enterprises.id', '=', 'users.enterpriseId').on('enterprises.zoneId', '=', zoneId),
    )
    .where((eb) =>
      includeSystemAdmins
        ? eb.or([eb('userZoneRoles.zoneId', '=', zoneId), eb('users.systemAdmin', '=', 1)])
        : eb('userZoneRoles.zoneId', '=', zoneId),
    );
  if (query.q) {
    const text = query.q;
    q = q.where((eb) =>
      eb.or([
        contains('users.username', text),
        contains('users.displayName', text),
        contains('users.searchKeys', normalizeSearchText(text)),
      ]),
    );
  }
  if (query.role === 'systemAdmin') q = q.where('users.systemAdmin', '=', 1);
  else if (query.role) q = q.where('userZoneRoles.role', '=', query.role);
  if (query.orgUnitId) {
    const unit = query.orgUnitId;
    q = q.where('users.id', 'in', (eb) => eb.selectFrom('userOrgUnits').select('userId').where('orgUnitId', '=', unit));
  }
  return q;
}

export async function countZoneUsers(db: Db, zoneId: string, includeSystemAdmins: boolean, query: UserListQuery) {
  const row = await base(db, zoneId, includeSystemAdmins, query)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listZoneUsers(
  db: Db,
  zoneId: string,
  includeSystemAdmins: boolean,
  query: UserListQuery,
  offset: number,
): Promise<UserListRow[]> {
  return base(db, zoneId, includeSystemAdmins, query)
    .select(COLUMNS)
    .orderBy(`users.${query.sort}`, query.order)
    .orderBy('users.id')
    .offset(offset)
    .limit(query.pageSize)
    .execute();
}

/** One user, under the same zone rule as the list; undefined when not visible from this zone. */
export async function findZoneUser(db: Db, zoneId: string, includeSystemAdmins: boolean, id: string) {
  return base(db, zoneId, includeSystemAdmins, {}).select(COLUMNS).where('users.id', '=', id).executeTakeFirst();
}

/** Org units and parks of the listed users, within the zone, in two queries for the whole page. */
export async function membershipsOf(db: Db, zoneId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return { units: [], parks: [] };
  const units = await db
    .selectFrom('userOrgUnits')
    .innerJoin('orgUnits', 'orgUnits.id', 'userOrgUnits.orgUnitId')
    .select(['userOrgUnits.userId', 'userOrgUnits.orgUnitId'])
    .where('orgUnits.zoneId', '=', zoneId)
    .where('userOrgUnits.userId', 'in', [...userIds])
    .execute();
  const parks = await db
    .selectFrom('userParks')
    .innerJoin('parks', 'parks.id', 'userParks.parkId')
    .select(['userParks.userId', 'userParks.parkId'])
    .where('parks.zoneId', '=', zoneId)
    .where('userParks.userId', 'in', [...userIds])
    .execute();
  return { units, parks };
}
