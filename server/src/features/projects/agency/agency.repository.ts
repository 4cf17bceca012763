import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from '../../../db/database.js';
import { inProjectScope, type ProjectViewer } from '../project-scope.js';
import type { AgencyItemFileTable, AgencyItemRow, AgencyItemStepTable, NewAgencyItem } from './agency.table.js';

/**
 * Which approval items a caller sees across projects: the handling department's staff the items of
 * their departments; everyone else the items of the projects in their project scope (task forces
 * theirs, leaders and admins all, enterprise users their own).
 */
export function inAgencyScope(viewer: ProjectViewer): Expression<SqlBool> {
  const { scope } = viewer;
  if (scope.role === 'departmentStaff') {
    if (scope.orgUnitIds.length === 0) return sql<SqlBool>`1 = 0`;
    // A draft is still the task force's: the department hears of it when it is submitted.
    return sql<SqlBool>`(agency_items.zone_id = ${scope.zoneId} and agency_items.state <> 'draft' and agency_items.department_id in (${sql.join(
      scope.orgUnitIds,
    )}))`;
  }
  return inProjectScope(viewer, {
    id: 'projects.id',
    zone: 'projects.zoneId',
    taskForce: 'projects.taskForceId',
    park: 'projects.parkId',
    enterprise: 'projects.enterpriseId',
  });
}

/** Items with their project's and department's names and the project's task force. */
function itemsWithNames(db: Db) {
  return db
    .selectFrom('agencyItems')
    .innerJoin('projects', 'projects.id', 'agencyItems.projectId')
    .innerJoin('orgUnits', 'orgUnits.id', 'agencyItems.departmentId')
    .leftJoin('enterprises', 'enterprises.id', 'projects.enterpriseId')
    .selectAll('agencyItems')
    .select([
      'projects.name as projectName',
      'projects.taskForceId',
      'orgUnits.name as departmentName',
      'enterprises.name as enterpriseName',
    ]);
}
export type AgencyItemWithNames = AgencyItemRow & {
  projectName: string;
  taskForceId: string;
  departmentName: string;
  enterpriseName: string | null;
};

export function listProjectItems(db: Db, projectId: string): Promise<AgencyItemWithNames[]> {
  return itemsWithNames(db)
    .where('agencyItems.projectId', '=', projectId)
    .orderBy('agencyItems.createdAt')
    .orderBy('agencyItems.id')
    .execute();
}

export function listScopedItems(
  db: Db,
  viewer: ProjectViewer,
  filter: { departmentId?: string; state?: string; submittedFrom?: string; submittedTo?: string },
): Promise<AgencyItemWithNames[]> {
  let query = itemsWithNames(db).where('agencyItems.zoneId', '=', viewer.scope.zoneId).where(inAgencyScope(viewer));
  if (filter.departmentId) query = query.where('agencyItems.departmentId', '=', filter.departmentId);
  if (filter.state) query = query.where('agencyItems.state', '=', filter.state);
  if (filter.submittedFrom) query = query.where('agencyItems.submittedOn', '>=', filter.submittedFrom);
  if (filter.submittedTo) query = query.where('agencyItems.submittedOn', '<=', filter.submittedTo);
  return query.orderBy('agencyItems.submittedOn').orderBy('agencyItems.id').limit(5000).execute();
}

export function findItem(db: Db, zoneId: string, projectId: string, id: string) {
  return itemsWithNames(db)
    .where('agencyItems.id', '=', id)
    .where('agencyItems.projectId', '=', projectId)
    .where('agencyItems.zoneId', '=', zoneId)
    .executeTakeFirst();
}

export async function insertItem(db: Db, row: NewAgencyItem): Promise<void> {
  await db.insertInto('agencyItems').values(row).execute();
}

export async function updateItemIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Partial<Omit<AgencyItemRow, 'id' | 'zoneId' | 'projectId' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('agencyItems')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether the org unit is a department of the zone. */
export async function isDepartmentOf(db: Db, orgUnitId: string, zoneId: string): Promise<boolean> {
  const row = await db
    .selectFrom('orgUnits')
    .select('id')
    .where('id', '=', orgUnitId)
    .where('zoneId', '=', zoneId)
    .where('kind', '=', 'department')
    .executeTakeFirst();
  return row !== undefined;
}

/** The stamped steps of these items, oldest first (in chunks: an IN list has limits). */
export async function listSteps(db: Db, itemIds: readonly string[]) {
  const rows = [];
  for (let i = 0; i < itemIds.length; i += 500) {
    const chunk = itemIds.slice(i, i + 500);
    rows.push(
      ...(await db
        .selectFrom('agencyItemSteps')
        .select(['agencyItemId', 'seq', 'step', 'stepOn', 'reason', 'actorName'])
        .where('agencyItemId', 'in', chunk)
        .orderBy('agencyItemId')
        .orderBy('seq')
        .execute()),
    );
  }
  return rows;
}

export async function insertStep(db: Db, row: AgencyItemStepTable): Promise<void> {
  await db.insertInto('agencyItemSteps').values(row).execute();
}

/** The files of these items without their bytes. */
export async function listFileMeta(db: Db, itemIds: readonly string[]) {
  const rows = [];
  for (let i = 0; i < itemIds.length; i += 500) {
    const chunk = itemIds.slice(i, i + 500);
    rows.push(
      ...(await db
        .selectFrom('agencyItemFiles')
        .select(['id', 'agencyItemId', 'fileName', 'mediaType', 'sizeBytes', 'uploadedBy', 'createdAt'])
        .where('agencyItemId', 'in', chunk)
        .orderBy('createdAt')
        .orderBy('id')
        .execute()),
    );
  }
  return rows;
}

export async function insertFile(db: Db, row: AgencyItemFileTable): Promise<void> {
  await db.insertInto('agencyItemFiles').values(row).execute();
}

export function fileWithContent(db: Db, itemId: string, fileId: string) {
  return db
    .selectFrom('agencyItemFiles')
    .select(['fileName', 'mediaType', 'sha256', 'content'])
    .where('agencyItemId', '=', itemId)
    .where('id', '=', fileId)
    .executeTakeFirst();
}

/** The active staff of a department in the zone (whom to tell of a new or resubmitted item). */
export async function departmentStaffOf(db: Db, zoneId: string, departmentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('userOrgUnits')
    .innerJoin('users', 'users.id', 'userOrgUnits.userId')
    .innerJoin('userZoneRoles', (join) =>
      join.onRef('userZoneRoles.userId', '=', 'userOrgUnits.userId').on('userZoneRoles.zoneId', '=', zoneId),
    )
    .select('userOrgUnits.userId')
    .where('userOrgUnits.orgUnitId', '=', departmentId)
    .where('userZoneRoles.role', '=', 'departmentStaff')
    .where('users.active', '=', 1)
    .orderBy('userOrgUnits.userId')
    .execute();
  return [...new Set(rows.map((r) => r.userId))];
}

/** Whether the item is in the viewer's agency scope (its department's desk or the project's viewers). */
export async function isVisible(db: Db, viewer: ProjectViewer, projectId: string, itemId: string): Promise<boolean> {
  const row = await db
    .selectFrom('agencyItems')
    .innerJoin('projects', 'projects.id', 'agencyItems.projectId')
    .select('agencyItems.id')
    .where('agencyItems.id', '=', itemId)
    .where('agencyItems.projectId', '=', projectId)
    .where('agencyItems.zoneId', '=', viewer.scope.zoneId)
    .where(inAgencyScope(viewer))
    .executeTakeFirst();
  return row !== undefined;
}
