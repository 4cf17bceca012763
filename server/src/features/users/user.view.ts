import type { Db } from '../../db/database.js';
import type { UserListQuery, UserView } from './user.schema.js';
import { type AdminViewer, manageableUsers } from './user-authority.js';
import {
  countZoneUsers,
  findZoneUser,
  listZoneUsers,
  membershipsOf,
  type UserListRow,
} from './user-list.repository.js';

/** The administrator looking, and the zone they look from. */
export interface UserViewer extends AdminViewer {
  zoneId: string;
}

const roleOf = (row: UserListRow) => (row.systemAdmin === 1 ? 'systemAdmin' : row.role);

function toUserView(row: UserListRow, orgUnitIds: string[], parkIds: string[], manageable: boolean): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: roleOf(row),
    active: row.active === 1,
    mustChangePassword: row.mustChangePassword === 1,
    orgUnitIds,
    parkIds,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    mobile: row.mobile,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
    manageable,
  };
}

async function withMemberships(db: Db, viewer: UserViewer, rows: UserListRow[]): Promise<UserView[]> {
  const { units, parks } = await membershipsOf(
    db,
    viewer.zoneId,
    rows.map((r) => r.id),
  );
  const manageable = await manageableUsers(
    db,
    viewer,
    rows.map((r) => ({ id: r.id, role: roleOf(r) })),
  );
  return rows.map((row) =>
    toUserView(
      row,
      units.filter((u) => u.userId === row.id).map((u) => u.orgUnitId),
      parks.filter((p) => p.userId === row.id).map((p) => p.parkId),
      manageable.has(row.id),
    ),
  );
}

export async function pageOfUsers(db: Db, viewer: UserViewer, query: UserListQuery) {
  const offset = (query.page - 1) * query.pageSize;
  const total = await countZoneUsers(db, viewer.zoneId, viewer.systemAdmin, query);
  const rows = await listZoneUsers(db, viewer.zoneId, viewer.systemAdmin, query, offset);
  return { items: await withMemberships(db, viewer, rows), total, page: query.page, pageSize: query.pageSize };
}

/** One user as the caller's zone sees them; undefined when the user is not visible from that zone. */
export async function userInZone(db: Db, viewer: UserViewer, id: string): Promise<UserView | undefined> {
  const row = await findZoneUser(db, viewer.zoneId, viewer.systemAdmin, id);
  return row ? (await withMemberships(db, viewer, [row]))[0] : undefined;
}
