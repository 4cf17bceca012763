import type { SelectQueryBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import type { NewProjectChange } from './project-change.table.js';

/** Rows per INSERT: well under SQLite's and PostgreSQL's bound-parameter limits (11 columns a row). */
const CHUNK_ROWS = 500;

/** Project ids as a list or as a subquery of the scoped, filtered projects. */
type ProjectIds = readonly string[] | SelectQueryBuilder<Database, 'projects', { id: string }>;

export async function insertChanges(db: Db, rows: readonly NewProjectChange[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK_ROWS)
    await db
      .insertInto('projectChanges')
      .values(rows.slice(i, i + CHUNK_ROWS))
      .execute();
}

/** How many changes each of the projects had on or after `fromDay` (one grouped query). */
export async function countChangesSince(db: Db, projectIds: ProjectIds, fromDay: string): Promise<Map<string, number>> {
  if (Array.isArray(projectIds) && projectIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('projectChanges')
    .select(['projectId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('projectId', 'in', projectIds)
    .where('onDay', '>=', fromDay)
    .groupBy('projectId')
    .execute();
  return new Map(rows.map((r) => [r.projectId, Number(r.n)]));
}

/**
 * The zone's latest changes on or after `fromDay` among the projects, newest first, with the names
 * they show; the zone and day bound the read to the (zone_id, on_day) index.
 */
export function recentChanges(db: Db, zoneId: string, projectIds: ProjectIds, fromDay: string, limit: number) {
  return db
    .selectFrom('projectChanges')
    .innerJoin('projects', 'projects.id', 'projectChanges.projectId')
    .leftJoin('projectMilestones', 'projectMilestones.id', 'projectChanges.milestoneId')
    .leftJoin('users', 'users.id', 'projectChanges.byUserId')
    .select([
      'projectChanges.id',
      'projectChanges.projectId',
      'projects.code as projectCode',
      'projects.name as projectName',
      'projectChanges.milestoneId',
      'projectMilestones.name as milestoneName',
      'projectChanges.kind',
      'projectChanges.fromValue',
      'projectChanges.toValue',
      'projectChanges.onDay',
      'projectChanges.at',
      'projectChanges.byUserId',
      'users.displayName as byName',
    ])
    .where('projectChanges.zoneId', '=', zoneId)
    .where('projectChanges.onDay', '>=', fromDay)
    .where('projectChanges.projectId', 'in', projectIds)
    .orderBy('projectChanges.at', 'desc')
    .orderBy('projectChanges.id')
    .limit(limit)
    .execute();
}
export type RecentChangeRow = Awaited<ReturnType<typeof recentChanges>>[number];

/** A project's changes, newest first (the project page and the tests read them). */
export function listProjectChanges(db: Db, projectId: string) {
  return db
    .selectFrom('projectChanges')
    .selectAll()
    .where('projectId', '=', projectId)
    .orderBy('at', 'desc')
    .orderBy('id')
    .execute();
}
