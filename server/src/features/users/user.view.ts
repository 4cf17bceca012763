import type { Db } from '../../db/database.js';
import type { UserListQuery, UserView } from './user.schema.js';
import {
  countZoneUsers,
  findZoneUser,
  listZoneUsers,
  membershipsOf,
  type UserListRow,
} from './user-list.repository.js';

function toUserView(row: UserListRow, orgUnitIds: string[], parkIds: string[]): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.systemAdmin === 1 ? 'systemAdmin' : row.role,
    active: row.active === 1,
    mustChangePassword: row.mustChangePassword === 1,
    orgUnitIds,
    parkIds,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    mobile: row.mobile,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
  };
}

async function withMemberships(db: Db, zoneId: string, rows: UserListRow[]): Promise<UserView[]> {
  const { units, parks } = await membershipsOf(
    db,
    zoneId,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    toUserView(
      row,
      units.filter((u) => u.userId === row.id).map((u) => u.orgUnitId),
      parks.filter((p) => p.userId === row.id).map((p) => p.parkId),
    ),
  );
}

export async function pageOfUsers(db: Db, zoneId: string, systemAdmin: boolean, query: UserListQuery) {
  const offset = (query.page - 1) * query.pageSize;
  const total = await countZoneUsers(db, zoneId, systemAdmin, query);
  const rows = await listZoneUsers(db, zoneId, systemAdmin, query, offset);
  return { items: await withMemberships(db, zoneId, rows), total, page: query.page, pageSize: query.pageSize };
}

/** One user as the caller's zone sees them; undefined when the user is not visible from that zone. */
export async function userInZone(
  db: Db,
  zoneId: string,
  systemAdmin: boolean,
  id: string,
): Promise<UserView | undefined> {
  const row = await findZoneUser(db, zoneId, systemAdmin, id);
  return row ? (await withMemberships(db, zoneId, [row]))[0] : undefined;
}
