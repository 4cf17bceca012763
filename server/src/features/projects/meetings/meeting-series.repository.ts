import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from '../../../db/database.js';
import { TASK_FORCE_BOUND } from '../../investment/lead-scope.js';
import { inProjectScope, PROJECT_SCOPE, type ProjectViewer } from '../project-scope.js';
import type { MeetingSeriesRow, MeetingSeriesTable } from './meeting.table.js';

/**
 * Which meeting series a caller sees: a task force's series its members (task-force-bound roles);
 * zone-wide series (no task force) everyone who holds meeting.view; leaders, zone admins and park
 * staff all series of the zone; and anyone the series' action items they own (so an owner from
 * outside the task force can reach what they were assigned). `series` is the series table's alias.
 */
export function inSeriesScope(viewer: ProjectViewer, series = 'meeting_series'): Expression<SqlBool> {
  const { scope } = viewer;
  const col = (name: string) => sql.ref(`${series}.${name}`);
  const zone = sql<SqlBool>`${col('zone_id')} = ${scope.zoneId}`;
  if (scope.enterpriseId !== null || scope.role === 'departmentStaff') return sql<SqlBool>`1 = 0`;
  if (!TASK_FORCE_BOUND.has(scope.role)) return zone;
  const owns = sql<SqlBool>`exists (select 1 from meeting_outcomes owned where owned.series_id = ${col(
    'id',
  )} and owned.owner_id = ${viewer.userId})`;
  const mine =
    scope.orgUnitIds.length === 0
      ? sql<SqlBool>`${col('task_force_id')} is null`
      : sql<SqlBool>`(${col('task_force_id')} is null or ${col('task_force_id')} in (${sql.join(scope.orgUnitIds)}))`;
  return sql<SqlBool>`(${zone} and (${mine} or ${owns}))`;
}

export const count = sql<number>`count(*)`;

/** Series with names and counts; open/overdue counts are of action items, overdue against `today`. */
function seriesQuery(db: Db, viewer: ProjectViewer, today: string) {
  return db
    .selectFrom('meetingSeries')
    .leftJoin('orgUnits as taskForce', 'taskForce.id', 'meetingSeries.taskForceId')
    .leftJoin('users as chair', 'chair.id', 'meetingSeries.chairId')
    .where(inSeriesScope(viewer))
    .selectAll('meetingSeries')
    .select((eb) => [
      'taskForce.name as taskForceName',
      'chair.displayName as chairName',
      eb
        .selectFrom('meetings as m')
        .whereRef('m.seriesId', '=', 'meetingSeries.id')
        .select(count.as('n'))
        .as('meetingCount'),
      eb
        .selectFrom('meetings as m')
        .whereRef('m.seriesId', '=', 'meetingSeries.id')
        .select((e) => e.fn.max('m.heldOn').as('d'))
        .as('lastHeldOn'),
      eb
        .selectFrom('meetingOutcomes as o')
        .whereRef('o.seriesId', '=', 'meetingSeries.id')
        .where('o.kind', '=', 'action')
        .where('o.status', '=', 'open')
        .select(count.as('n'))
        .as('openActions'),
      eb
        .selectFrom('meetingOutcomes as o')
        .whereRef('o.seriesId', '=', 'meetingSeries.id')
        .where('o.kind', '=', 'action')
        .where('o.status', '=', 'open')
        .where('o.dueOn', '<', today)
        .select(count.as('n'))
        .as('overdueActions'),
    ]);
}
export type SeriesWithCounts = MeetingSeriesRow & {
  taskForceName: string | null;
  chairName: string | null;
  meetingCount: number | string | null;
  lastHeldOn: string | null;
  openActions: number | string | null;
  overdueActions: number | string | null;
};

export function listSeries(db: Db, viewer: ProjectViewer, today: string): Promise<SeriesWithCounts[]> {
  return seriesQuery(db, viewer, today)
    .where('meetingSeries.zoneId', '=', viewer.scope.zoneId)
    .orderBy('meetingSeries.isActive', 'desc')
    .orderBy('meetingSeries.cadence')
    .orderBy('meetingSeries.name')
    .execute();
}

export function findSeries(db: Db, viewer: ProjectViewer, id: string, today: string) {
  return seriesQuery(db, viewer, today).where('meetingSeries.id', '=', id).executeTakeFirst();
}

export async function insertSeries(db: Db, row: MeetingSeriesTable): Promise<void> {
  await db.insertInto('meetingSeries').values(row).execute();
}

export async function updateSeriesIfVersion(
  db: Db,
  id: string,
  version: number,
  set: Partial<Pick<MeetingSeriesTable, 'name' | 'cadence' | 'chairId' | 'defaultPlace' | 'isActive' | 'updatedAt'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('meetingSeries')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteSeries(db: Db, id: string): Promise<void> {
  await db.deleteFrom('meetingSeries').where('id', '=', id).execute();
}

/** Users of the zone by id, with display names (for attendees named by their account). */
export function usersInZone(db: Db, zoneId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('userZoneRoles')
    .innerJoin('users', 'users.id', 'userZoneRoles.userId')
    .select(['users.id', 'users.displayName'])
    .where('userZoneRoles.zoneId', '=', zoneId)
    .where('users.id', 'in', ids)
    .execute();
}

/** The projects a meeting's agenda may name: those the viewer sees. */
export function projectOptions(db: Db, viewer: ProjectViewer) {
  return db
    .selectFrom('projects')
    .leftJoin('enterprises', 'enterprises.id', 'projects.enterpriseId')
    .select([
      'projects.id',
      'projects.name',
      'projects.searchKeys',
      'projects.taskForceId',
      'projects.enterpriseId',
      'enterprises.name as enterpriseName',
    ])
    .where(inProjectScope(viewer, PROJECT_SCOPE))
    .orderBy('projects.name')
    .execute();
}
