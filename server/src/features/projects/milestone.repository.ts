import type { SelectQueryBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import type { MilestoneFileTable, NewMilestone, ProjectMilestoneTable } from './project.table.js';

/** Project ids as a list or as a subquery (the Gantt of a filtered list reads each table once). */
type ProjectIds = readonly string[] | SelectQueryBuilder<Database, 'projects', { id: string }>;

export function listMilestoneRows(db: Db, projectIds: ProjectIds) {
  return db
    .selectFrom('projectMilestones')
    .leftJoin('users as owner', 'owner.id', 'projectMilestones.ownerId')
    .selectAll('projectMilestones')
    .select('owner.displayName as ownerName')
    .where('projectMilestones.projectId', 'in', projectIds)
    .orderBy('projectMilestones.projectId')
    .orderBy('projectMilestones.seq')
    .execute();
}
export type MilestoneViewRow = Awaited<ReturnType<typeof listMilestoneRows>>[number];

export function findMilestone(db: Db, projectId: string, id: string) {
  return db
    .selectFrom('projectMilestones')
    .selectAll()
    .where('projectId', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Every finish-to-start edge among a project's items. */
export function listDependencies(db: Db, projectIds: ProjectIds) {
  return db
    .selectFrom('milestoneDependencies')
    .innerJoin('projectMilestones', 'projectMilestones.id', 'milestoneDependencies.milestoneId')
    .select(['milestoneDependencies.milestoneId', 'milestoneDependencies.predecessorId'])
    .where('projectMilestones.projectId', 'in', projectIds)
    .execute();
}

export function listFileMetas(db: Db, projectIds: ProjectIds) {
  return db
    .selectFrom('milestoneFiles')
    .innerJoin('projectMilestones', 'projectMilestones.id', 'milestoneFiles.milestoneId')
    .select([
      'milestoneFiles.id',
      'milestoneFiles.milestoneId',
      'milestoneFiles.fileName',
      'milestoneFiles.mediaType',
      'milestoneFiles.sizeBytes',
      'milestoneFiles.uploadedBy',
      'milestoneFiles.createdAt',
    ])
    .where('projectMilestones.projectId', 'in', projectIds)
    .orderBy('milestoneFiles.createdAt')
    .execute();
}

export async function insertMilestones(db: Db, rows: NewMilestone[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('projectMilestones').values(rows).execute();
}

export async function nextSeq(db: Db, projectId: string): Promise<number> {
  const row = await db
    .selectFrom('projectMilestones')
    .select((eb) => eb.fn.max('seq').as('maxSeq'))
    .where('projectId', '=', projectId)
    .executeTakeFirst();
  return Number(row?.maxSeq ?? 0) + 1;
}

/** Writes only when the version still matches; false when someone saved first. */
export async function updateMilestoneIfVersion(
  db: Db,
  id: string,
  version: number,
  set: Partial<ProjectMilestoneTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('projectMilestones')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteMilestone(db: Db, id: string): Promise<void> {
  await db.deleteFrom('projectMilestones').where('id', '=', id).execute();
}

export async function replacePredecessors(db: Db, milestoneId: string, predecessorIds: string[]): Promise<void> {
  await db.deleteFrom('milestoneDependencies').where('milestoneId', '=', milestoneId).execute();
  if (predecessorIds.length > 0)
    await db
      .insertInto('milestoneDependencies')
      .values(predecessorIds.map((predecessorId) => ({ milestoneId, predecessorId })))
      .execute();
}

export async function insertDependencies(db: Db, edges: { milestoneId: string; predecessorId: string }[]) {
  if (edges.length > 0) await db.insertInto('milestoneDependencies').values(edges).execute();
}

export async function insertFile(db: Db, row: MilestoneFileTable): Promise<void> {
  await db.insertInto('milestoneFiles').values(row).execute();
}

export function fileWithContent(db: Db, milestoneId: string, id: string) {
  return db
    .selectFrom('milestoneFiles')
    .select(['id', 'fileName', 'mediaType', 'sha256', 'content'])
    .where('milestoneId', '=', milestoneId)
    .where('id', '=', id)
    .executeTakeFirst();
}
