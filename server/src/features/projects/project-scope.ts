import { hasPermission } from '@zonehub/access';
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Scope } from '../../http/context.js';
import { TASK_FORCE_BOUND } from '../investment/lead-scope.js';

/**
 * Which projects a caller sees (issue 5, "who sees what"): task-force-bound roles those of their task
 * forces; park staff those in their parks; both also the projects in which they own a milestone (so
 * an owner can always reach their item); enterprise users their enterprise's (read-only); leaders and
 * zone admins all of the zone's; department staff none. `cols` names the columns of the query.
 */
export interface ProjectScopeColumns {
  id: string;
  zone: string;
  taskForce: string;
  park: string;
  enterprise: string;
}

const FALSE = sql<SqlBool>`1 = 0`;

/** The caller as the project scope needs it: the row scope and who they are (for owned items). */
export interface ProjectViewer {
  scope: Scope;
  userId: string;
}

export function inProjectScope(viewer: ProjectViewer, cols: ProjectScopeColumns): Expression<SqlBool> {
  const { scope } = viewer;
  const zone = sql<SqlBool>`${sql.ref(cols.zone)} = ${scope.zoneId}`;
  if (scope.enterpriseId !== null)
    return sql<SqlBool>`(${zone} and ${sql.ref(cols.enterprise)} = ${scope.enterpriseId})`;
  const ownsItem = sql<SqlBool>`exists (select 1 from project_milestones owned where owned.project_id = ${sql.ref(
    cols.id,
  )} and owned.owner_id = ${viewer.userId})`;
  if (TASK_FORCE_BOUND.has(scope.role)) {
    if (scope.orgUnitIds.length === 0) return sql<SqlBool>`(${zone} and ${ownsItem})`;
    return sql<SqlBool>`(${zone} and (${sql.ref(cols.taskForce)} in (${sql.join(scope.orgUnitIds)}) or ${ownsItem}))`;
  }
  if (scope.parkIds !== null) {
    if (scope.parkIds.length === 0) return sql<SqlBool>`(${zone} and ${ownsItem})`;
    return sql<SqlBool>`(${zone} and (${sql.ref(cols.park)} in (${sql.join(scope.parkIds)}) or ${ownsItem}))`;
  }
  if (scope.role === 'departmentStaff') return FALSE;
  return zone;
}

/** Whether the caller pushes projects at all: creates them and plans checklists (of some task force). */
export function mayWorkProjects(scope: Scope): boolean {
  if (!hasPermission(scope.role, 'project.manage')) return false;
  return scope.enterpriseId === null && scope.parkIds === null && scope.role !== 'departmentStaff';
}

/** Whether the caller may edit a project of this task force and its whole checklist (reads are scoped above). */
export function mayWorkProject(scope: Scope, taskForceId: string): boolean {
  if (!mayWorkProjects(scope)) return false;
  if (TASK_FORCE_BOUND.has(scope.role)) return scope.orgUnitIds.includes(taskForceId);
  return true;
}

/** The columns of `projects` for inProjectScope. */
export const PROJECT_SCOPE: ProjectScopeColumns = {
  id: 'projects.id',
  zone: 'projects.zoneId',
  taskForce: 'projects.taskForceId',
  park: 'projects.parkId',
  enterprise: 'projects.enterpriseId',
};
