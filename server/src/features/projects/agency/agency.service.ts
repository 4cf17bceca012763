import { hasPermission } from '@zonehub/access';
import type { Db } from '../../../db/database.js';
import type { AppContext, Caller, Scope } from '../../../http/context.js';
import { AppError, type FieldError, forbidden, notFound } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import { projectInScope } from '../milestone.service.js';
import { viewerOf } from '../project.service.js';
import { versionConflict } from '../project-conflict.js';
import { mayWorkProject } from '../project-scope.js';
import * as repo from './agency.repository.js';
import {
  type AgencyItem,
  type AgencyStats,
  type AgencyStatus,
  type CreateAgencyItemBody,
  DEPARTMENT_FIELDS,
  type UpdateAgencyItemBody,
} from './agency.schema.js';
import { agencyFieldError } from './agency-messages.js';
import { departmentStats } from './agency-rules.js';
import { stampStep } from './agency-steps.service.js';
import { agencyItemView, isItemDepartment, mayWorkItem, stateOf, timingOf, toAgencyItems } from './agency-view.js';

/** The department must be one of the zone's departments. */
async function checkDepartment(db: Db, zoneId: string, departmentId: string, locale: Locale): Promise<void> {
  const errors: FieldError[] = [];
  if (!(await repo.isDepartmentOf(db, departmentId, zoneId)))
    errors.push(agencyFieldError(locale, 'body.departmentId', 'department.notDepartment'));
  if (errors.length > 0) throw new AppError('validation.failed', { count: errors.length }, errors);
}

export async function listProjectAgencyItems(ctx: AppContext, db: Db, caller: Caller, projectId: string) {
  const project = await projectInScope(db, caller, projectId);
  const [rows, timing] = await Promise.all([repo.listProjectItems(db, projectId), timingOf(ctx, db, project.zoneId)]);
  return { items: await toAgencyItems(db, rows, timing, caller.scope) };
}

/** Whether the caller may look at approval items at all (the project views or the department desk). */
function assertMayLook(scope: Scope): void {
  if (!hasPermission(scope.role, 'project.view') && !hasPermission(scope.role, 'agency.handle')) throw forbidden();
}

export async function listScopedAgencyItems(
  ctx: AppContext,
  db: Db,
  caller: Caller,
  query: { departmentId?: string; status?: AgencyStatus; from?: string; to?: string },
) {
  assertMayLook(caller.scope);
  const status = query.status;
  const byState = status !== undefined && status !== 'open' && status !== 'overdue' ? status : undefined;
  const [rows, timing] = await Promise.all([
    repo.listScopedItems(db, viewerOf(caller), {
      departmentId: query.departmentId,
      state: byState,
      submittedFrom: query.from,
      submittedTo: query.to,
    }),
    timingOf(ctx, db, caller.scope.zoneId),
  ]);
  const items = await toAgencyItems(db, rows, timing, caller.scope);
  if (status === 'open') return { items: items.filter((i) => i.state !== 'approved') };
  if (status === 'overdue') return { items: items.filter((i) => i.state !== 'approved' && i.overdue) };
  return { items };
}

/** The zone's departments, by name. */
export async function agencyDepartments(db: Db, caller: Caller) {
  assertMayLook(caller.scope);
  const items = await db
    .selectFrom('orgUnits')
    .select(['id', 'name'])
    .where('zoneId', '=', caller.scope.zoneId)
    .where('kind', '=', 'department')
    .orderBy('name')
    .execute();
  return { items };
}

export async function agencyStats(
  ctx: AppContext,
  db: Db,
  caller: Caller,
  query: { from?: string; to?: string },
): Promise<AgencyStats> {
  assertMayLook(caller.scope);
  const [rows, timing] = await Promise.all([
    repo.listScopedItems(db, viewerOf(caller), { submittedFrom: query.from, submittedTo: query.to }),
    timingOf(ctx, db, caller.scope.zoneId),
  ]);
  const items = await toAgencyItems(db, rows, timing, caller.scope);
  return {
    from: query.from ?? null,
    to: query.to ?? null,
    departments: departmentStats(items.map((i) => ({ ...i, approved: i.state === 'approved' }))),
  };
}

/** The task force adds an item as a draft, or submits it at once (the department is told). */
export async function createAgencyItem(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  projectId: string,
  body: CreateAgencyItemBody,
  locale: Locale,
): Promise<AgencyItem> {
  const project = await projectInScope(trx, caller, projectId);
  if (!mayWorkProject(caller.scope, project.taskForceId)) throw forbidden();
  const timing = await timingOf(ctx, trx, project.zoneId);
  await checkDepartment(trx, project.zoneId, body.departmentId, locale);
  const id = crypto.randomUUID();
  const now = ctx.clock.now().toISOString();
  const { tolerance, commitment, submit, ...fields } = body;
  await repo.insertItem(trx, {
    id,
    zoneId: project.zoneId,
    projectId,
    ...fields,
    state: 'draft',
    toleranceFlag: tolerance ? 1 : 0,
    commitmentFlag: commitment ? 1 : 0,
    version: 1,
    isDemo: 0,
    createdAt: now,
    updatedAt: now,
  });
  const created = await agencyItemView(trx, caller, project.zoneId, projectId, id, timing);
  await recordChange(trx, ctx, caller.principal, {
    action: 'agencyItem.create',
    entityType: 'agencyItem',
    entityId: id,
    zoneId: project.zoneId,
    after: created,
  });
  if (!submit) return created;
  return stampStep(ctx, trx, caller, { projectId, itemId: id }, { version: 1, step: 'submit' }, locale);
}

/**
 * The project's task force changes what the item is (its department only before it is submitted or
 * while returned); the handling department its notes. Dates and handlers come from the steps.
 * Others get 403; a stale version 409.
 */
export async function updateAgencyItem(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  projectId: string,
  id: string,
  body: UpdateAgencyItemBody,
  locale: Locale,
): Promise<AgencyItem> {
  const row = await repo.findItem(trx, caller.scope.zoneId, projectId, id);
  if (!row) throw notFound('agencyItem');
  if (!mayWorkItem(caller.scope, row)) {
    if (!isItemDepartment(caller.scope, row)) throw forbidden();
    const allowed: readonly string[] = DEPARTMENT_FIELDS;
    if (Object.keys(body).some((key) => !allowed.includes(key))) throw forbidden();
  }
  const current = {
    id: row.id,
    name: row.item,
    version: Number(row.version),
    zoneId: row.zoneId,
    updatedAt: row.updatedAt,
  };
  if (Number(row.version) !== body.version) throw await versionConflict(trx, 'agencyItem', current);
  const timing = await timingOf(ctx, trx, row.zoneId);
  const { version, tolerance, commitment, ...changes } = body;
  if (changes.departmentId !== undefined && changes.departmentId !== row.departmentId) {
    await checkDepartment(trx, row.zoneId, changes.departmentId, locale);
    if (!['draft', 'returned'].includes(stateOf(row)))
      throw new AppError('validation.failed', { count: 1 }, [
        agencyFieldError(locale, 'body.departmentId', 'department.lockedWhileHandled'),
      ]);
  }
  const before = await agencyItemView(trx, caller, row.zoneId, projectId, id, timing);
  const saved = await repo.updateItemIfVersion(trx, id, version, {
    ...changes,
    ...(tolerance === undefined ? {} : { toleranceFlag: tolerance ? 1 : 0 }),
    ...(commitment === undefined ? {} : { commitmentFlag: commitment ? 1 : 0 }),
    updatedAt: ctx.clock.now().toISOString(),
  });
  if (!saved) throw await versionConflict(trx, 'agencyItem', current);
  const after = await agencyItemView(trx, caller, row.zoneId, projectId, id, timing);
  await recordChange(trx, ctx, caller.principal, {
    action: 'agencyItem.update',
    entityType: 'agencyItem',
    entityId: id,
    zoneId: row.zoneId,
    before,
    after,
  });
  return after;
}
