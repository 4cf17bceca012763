import { type Expression, type SqlBool, sql } from 'kysely';
import type { Scope } from '../../http/context.js';

/**
 * Which leads (and their activities) a caller sees (issue 4, "who sees what"): investment staff and
 * task-force members those of their task forces; park staff those that target their park; leaders
 * and zone admins all of the zone's; enterprise users none. `cols` names the columns in the query.
 */
export interface LeadScopeColumns {
  zone: string;
  taskForce: string;
  /** Omit for rows that have no target park (an activity without a lead): park staff see none. */
  park?: string;
}

const FALSE = sql<SqlBool>`1 = 0`;

/** Roles whose lead scope is their own task forces. */
export const TASK_FORCE_BOUND = new Set(['investmentStaff', 'taskForceMember']);

export function inLeadScope(scope: Scope, cols: LeadScopeColumns): Expression<SqlBool> {
  const zone = sql<SqlBool>`${sql.ref(cols.zone)} = ${scope.zoneId}`;
  if (scope.enterpriseId !== null) return FALSE;
  if (TASK_FORCE_BOUND.has(scope.role)) {
    if (scope.orgUnitIds.length === 0) return FALSE;
    return sql<SqlBool>`(${zone} and ${sql.ref(cols.taskForce)} in (${sql.join(scope.orgUnitIds)}))`;
  }
  if (scope.parkIds !== null) {
    if (!cols.park || scope.parkIds.length === 0) return FALSE;
    return sql<SqlBool>`(${zone} and ${sql.ref(cols.park)} in (${sql.join(scope.parkIds)}))`;
  }
  if (scope.role === 'departmentStaff') return FALSE;
  return zone;
}

/** Whether the caller may write to a lead or activity of this task force (reads are scoped above). */
export function mayWorkTaskForce(scope: Scope, taskForceId: string): boolean {
  if (scope.enterpriseId !== null || scope.parkIds !== null || scope.role === 'departmentStaff') return false;
  if (TASK_FORCE_BOUND.has(scope.role)) return scope.orgUnitIds.includes(taskForceId);
  return true;
}
