import { hasPermission } from '@zonehub/access';
import type { WorkingCalendar } from '@zonehub/working-calendar';
import type { Db } from '../../../db/database.js';
import type { AppContext, Caller, Scope } from '../../../http/context.js';
import { AppError, type FieldError, forbidden, notFound } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import { zoneToday } from '../../investment/zone-today.js';
import { projectInScope } from '../milestone.service.js';
import { userInZone } from '../project.repository.js';
import { viewerOf } from '../project.service.js';
import { versionConflict } from '../project-conflict.js';
import { mayWorkProject } from '../project-scope.js';
import { loadCalendar } from '../rag.service.js';
import type { AgencyItemWithNames } from './agency.repository.js';
import * as repo from './agency.repository.js';
import {
  type AgencyItem,
  type AgencyStats,
  type CreateAgencyItemBody,
  DEPARTMENT_FIELDS,
  type UpdateAgencyItemBody,
} from './agency.schema.js';
import { agencyFieldError } from './agency-messages.js';
import { agencyDateProblems, agencyTiming, departmentStats } from './agency-rules.js';

/** The caller may change everything of the item (the project's task force, zone admins). */
const mayWorkItem = (scope: Scope, item: { taskForceId: string }) => mayWorkProject(scope, item.taskForceId);

/** The caller may record dates, handler and notes: the handling department's staff (and who may work the item). */
function mayHandleItem(scope: Scope, item: { taskForceId: string; departmentId: string }): boolean {
  if (mayWorkItem(scope, item)) return true;
  if (!hasPermission(scope.role, 'agency.handle')) return false;
  return scope.role !== 'departmentStaff' || scope.orgUnitIds.includes(item.departmentId);
}

interface Timing {
  today: string;
  calendar: WorkingCalendar;
}

async function timingOf(ctx: AppContext, db: Db, zoneId: string): Promise<Timing> {
  const [today, calendar] = await Promise.all([zoneToday(ctx, db, zoneId), loadCalendar(db, zoneId)]);
  return { today, calendar };
}

/** The API shape of an item: flags as booleans, its working days against the statutory limit. */
export function toAgencyItem(row: AgencyItemWithNames, timing: Timing, scope: Scope): AgencyItem {
  const statutoryDays = Number(row.statutoryDays);
  const { elapsedWorkdays, overdue } = agencyTiming({ ...row, statutoryDays }, timing.today, timing.calendar);
  return {
    id: row.id,
    projectId: row.projectId,
    projectName: row.projectName,
    enterpriseName: row.enterpriseName,
    item: row.item,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    submittedOn: row.submittedOn,
    acceptedOn: row.acceptedOn,
    approvedOn: row.approvedOn,
    statutoryDays,
    tolerance: Number(row.toleranceFlag) === 1,
    commitment: Number(row.commitmentFlag) === 1,
    handledById: row.handledById,
    handledByName: row.handledByName,
    notes: row.notes,
    elapsedWorkdays,
    overdue,
    version: Number(row.version),
    canUpdate: mayHandleItem(scope, row),
    updatedAt: row.updatedAt,
  };
}

/** Date order, department and handler, all named at once; nothing is written when any is wrong. */
async function checkItem(
  db: Db,
  zoneId: string,
  item: {
    submittedOn: string | null;
    acceptedOn: string | null;
    approvedOn: string | null;
    departmentId: string;
    handledById: string | null;
  },
  today: string,
  locale: Locale,
): Promise<void> {
  const errors: FieldError[] = agencyDateProblems(item, today).map((p) =>
    agencyFieldError(locale, `body.${p.field}`, p.code, { today }),
  );
  if (!(await repo.isDepartmentOf(db, item.departmentId, zoneId)))
    errors.push(agencyFieldError(locale, 'body.departmentId', 'department.notDepartment'));
  if (item.handledById !== null && !(await userInZone(db, item.handledById, zoneId)))
    errors.push(agencyFieldError(locale, 'body.handledById', 'user.notInZone'));
  if (errors.length > 0) throw new AppError('validation.failed', { count: errors.length }, errors);
}

export async function listProjectAgencyItems(ctx: AppContext, db: Db, caller: Caller, projectId: string) {
  const project = await projectInScope(db, caller, projectId);
  const [rows, timing] = await Promise.all([repo.listProjectItems(db, projectId), timingOf(ctx, db, project.zoneId)]);
  return { items: rows.map((row) => toAgencyItem(row, timing, caller.scope)) };
}

/** Whether the caller may look at approval items at all (the project views or the department desk). */
function assertMayLook(scope: Scope): void {
  if (!hasPermission(scope.role, 'project.view') && !hasPermission(scope.role, 'agency.handle')) throw forbidden();
}

export async function listScopedAgencyItems(
  ctx: AppContext,
  db: Db,
  caller: Caller,
  query: { departmentId?: string; status?: 'open' | 'approved' | 'overdue'; from?: string; to?: string },
) {
  assertMayLook(caller.scope);
  const [rows, timing] = await Promise.all([
    repo.listScopedItems(db, viewerOf(caller), {
      departmentId: query.departmentId,
      submittedFrom: query.from,
      submittedTo: query.to,
    }),
    timingOf(ctx, db, caller.scope.zoneId),
  ]);
  const items = rows.map((row) => toAgencyItem(row, timing, caller.scope));
  const status = query.status;
  if (status === undefined) return { items };
  const keep = (i: AgencyItem): boolean => {
    switch (status) {
      case 'open':
        return i.approvedOn === null;
      case 'approved':
        return i.approvedOn !== null;
      case 'overdue':
        return i.approvedOn === null && i.overdue;
    }
  };
  return { items: items.filter(keep) };
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
  const items = rows.map((row) => toAgencyItem(row, timing, caller.scope));
  return {
    from: query.from ?? null,
    to: query.to ?? null,
    departments: departmentStats(items.map((i) => ({ ...i, approved: i.approvedOn !== null }))),
  };
}

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
  await checkItem(trx, project.zoneId, body, timing.today, locale);
  const id = crypto.randomUUID();
  const now = ctx.clock.now().toISOString();
  const { tolerance, commitment, ...fields } = body;
  await repo.insertItem(trx, {
    id,
    zoneId: project.zoneId,
    projectId,
    ...fields,
    toleranceFlag: tolerance ? 1 : 0,
    commitmentFlag: commitment ? 1 : 0,
    version: 1,
    isDemo: 0,
    createdAt: now,
    updatedAt: now,
  });
  const after = await itemView(trx, caller, project.zoneId, projectId, id, timing);
  await recordChange(trx, ctx, caller.principal, {
    action: 'agencyItem.create',
    entityType: 'agencyItem',
    entityId: id,
    zoneId: project.zoneId,
    after,
  });
  return after;
}

async function itemView(db: Db, caller: Caller, zoneId: string, projectId: string, id: string, timing: Timing) {
  const row = await repo.findItem(db, zoneId, projectId, id);
  if (!row) throw notFound('agencyItem');
  return toAgencyItem(row, timing, caller.scope);
}

/**
 * The project's task force changes anything; the handling department (agency.handle) records the
 * dates, the handler and notes of its own items. Others get 403; a stale version 409.
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
    if (!mayHandleItem(caller.scope, row)) throw forbidden();
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
  await checkItem(trx, row.zoneId, { ...row, ...changes }, timing.today, locale);
  const before = toAgencyItem(row, timing, caller.scope);
  const saved = await repo.updateItemIfVersion(trx, id, version, {
    ...changes,
    ...(tolerance === undefined ? {} : { toleranceFlag: tolerance ? 1 : 0 }),
    ...(commitment === undefined ? {} : { commitmentFlag: commitment ? 1 : 0 }),
    updatedAt: ctx.clock.now().toISOString(),
  });
  if (!saved) throw await versionConflict(trx, 'agencyItem', current);
  const after = await itemView(trx, caller, row.zoneId, projectId, id, timing);
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
