import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import { AppError, forbidden, notFound } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import { lastChangeWords } from '../../audit/last-change.js';
import { zoneToday } from '../../investment/zone-today.js';
import { projectInScope } from '../milestone.service.js';
import type { ProjectRow } from '../project.table.js';
import { mayWorkProject } from '../project-scope.js';
import * as repo from './investment.repository.js';
import type { InvestmentMonth, ProjectInvestment, SaveMonthBody } from './investment.schema.js';
import { investmentFieldError, monthEntityName } from './investment-messages.js';
import { monthProblem, monthsOfYear, percentOf, sumYuan } from './investment-share.js';

/**
 * Investment completed per project and month (当月完成投资) and the year's plan. Reads follow the
 * project's scope; writes need project.manage and the project's task force (mayWorkProject: zone
 * admins too). A month that has a figure changes only with the version read; every write is audited.
 */

const ENTITY = 'projectInvestmentMonth';
const entityId = (projectId: string, month: string) => `${projectId}/${month}`;

const refuse = (
  locale: Locale,
  field: string,
  code: 'monthInFuture' | 'monthTooEarly' | 'yearOutOfRange',
  params = {},
) => new AppError('validation.failed', { count: 1 }, [investmentFieldError(locale, field, code, params)]);

async function currentMonthOf(ctx: AppContext, db: Db, zoneId: string): Promise<string> {
  return (await zoneToday(ctx, db, zoneId)).slice(0, 7);
}

export function toInvestmentMonth(month: string, row: repo.MonthWithName | undefined): InvestmentMonth {
  return {
    month,
    completedYuan: row ? Number(row.completedYuan) : null,
    note: row?.note ?? null,
    recordedByName: row?.recordedByName ?? null,
    updatedAt: row?.updatedAt ?? null,
    version: row ? Number(row.version) : null,
  };
}

export async function getProjectInvestment(
  ctx: AppContext,
  db: Db,
  caller: Caller,
  projectId: string,
  year: number | undefined,
): Promise<ProjectInvestment> {
  const project = await projectInScope(db, caller, projectId);
  const currentMonth = await currentMonthOf(ctx, db, project.zoneId);
  const y = year ?? Number(currentMonth.slice(0, 4));
  const [rows, plannedYuan, completedToDateYuan] = await Promise.all([
    repo.listProjectMonths(db, projectId, `${y}-01`, `${y}-12`),
    repo.findPlan(db, projectId, y),
    repo.projectCompletedToDate(db, projectId),
  ]);
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const yearCompletedYuan = sumYuan(rows.map((r) => Number(r.completedYuan)));
  return {
    projectId,
    year: y,
    currentMonth,
    plannedYuan,
    months: monthsOfYear(y).map((m) => toInvestmentMonth(m, byMonth.get(m))),
    yearCompletedYuan,
    completionPct: percentOf(yearCompletedYuan, plannedYuan),
    completedToDateYuan: sumYuan([completedToDateYuan]),
    totalInvestmentYuan: project.totalInvestmentYuan === null ? null : Number(project.totalInvestmentYuan),
    canEdit: mayWorkProject(caller.scope, project.taskForceId),
  };
}

/** The project if the caller may write its figures: visible (else 404) and theirs to work (else 403). */
async function workableProject(db: Db, caller: Caller, projectId: string): Promise<ProjectRow> {
  const project = await projectInScope(db, caller, projectId);
  if (!mayWorkProject(caller.scope, project.taskForceId)) throw forbidden();
  return project;
}

async function staleMonth(db: Db, locale: Locale, project: ProjectRow, row: repo.MonthWithName): Promise<AppError> {
  const id = entityId(project.id, row.month);
  const { by, at } = await lastChangeWords(db, { type: ENTITY, id, zoneId: project.zoneId, updatedAt: row.updatedAt });
  return new AppError('project.versionConflict', {
    name: monthEntityName(locale, project.name, row.month),
    by,
    at,
    version: Number(row.version),
  });
}

/** Records (or corrects) a month's figure; 409 when the month changed since the caller read it. */
export async function saveMonth(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  projectId: string,
  month: string,
  body: SaveMonthBody,
  locale: Locale,
): Promise<InvestmentMonth> {
  const project = await workableProject(trx, caller, projectId);
  const currentMonth = await currentMonthOf(ctx, trx, project.zoneId);
  const problem = monthProblem(month, currentMonth);
  if (problem) throw refuse(locale, 'params.month', problem, { currentMonth });
  const key = { projectId, month };
  const before = await repo.findMonth(trx, projectId, month);
  const now = ctx.clock.now().toISOString();
  const fields = {
    completedYuan: body.completedYuan,
    note: body.note,
    recordedBy: caller.principal.userId,
    updatedAt: now,
  };
  if (before) {
    // A figure the caller did not read (no version) is as stale as an old version: never overwrite it.
    if (body.version !== Number(before.version)) throw await staleMonth(trx, locale, project, before);
    if (!(await repo.updateMonthIfVersion(trx, key, body.version, fields)))
      throw await staleMonth(trx, locale, project, (await repo.findMonth(trx, projectId, month)) ?? before);
  } else {
    const inserted = await repo.insertMonth(trx, { ...key, zoneId: project.zoneId, ...fields, version: 1, isDemo: 0 });
    const raced = inserted ? undefined : await repo.findMonth(trx, projectId, month);
    if (raced) throw await staleMonth(trx, locale, project, raced);
  }
  const after = toInvestmentMonth(month, await repo.findMonth(trx, projectId, month));
  await recordChange(trx, ctx, caller.principal, {
    action: before ? `${ENTITY}.update` : `${ENTITY}.create`,
    entityType: ENTITY,
    entityId: entityId(projectId, month),
    zoneId: project.zoneId,
    before: before ? { projectId, ...toInvestmentMonth(month, before) } : undefined,
    after: { projectId, ...after },
  });
  return after;
}

/** Clears a month's figure (with the version read, when given). */
export async function clearMonth(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  projectId: string,
  month: string,
  version: number | undefined,
  locale: Locale,
): Promise<void> {
  const project = await workableProject(trx, caller, projectId);
  const before = await repo.findMonth(trx, projectId, month);
  if (!before) throw notFound('projectInvestmentMonth');
  const expected = version ?? Number(before.version);
  if (!(await repo.deleteMonthIfVersion(trx, { projectId, month }, expected)))
    throw await staleMonth(trx, locale, project, before);
  await recordChange(trx, ctx, caller.principal, {
    action: `${ENTITY}.delete`,
    entityType: ENTITY,
    entityId: entityId(projectId, month),
    zoneId: project.zoneId,
    before: { projectId, ...toInvestmentMonth(month, before) },
  });
}

/** Sets the project's plan for a year (2000 to ten years ahead). */
export async function savePlan(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  projectId: string,
  year: number,
  plannedYuan: number,
  locale: Locale,
): Promise<{ projectId: string; year: number; plannedYuan: number }> {
  const project = await workableProject(trx, caller, projectId);
  const maxYear = Number((await currentMonthOf(ctx, trx, project.zoneId)).slice(0, 4)) + 10;
  if (year < 2000 || year > maxYear)
    throw refuse(locale, 'params.year', 'yearOutOfRange', { maxYear: String(maxYear) });
  const before = await repo.findPlan(trx, projectId, year);
  await repo.upsertPlan(trx, {
    projectId,
    zoneId: project.zoneId,
    year,
    plannedYuan,
    updatedBy: caller.principal.userId,
    updatedAt: ctx.clock.now().toISOString(),
  });
  const after = { projectId, year, plannedYuan };
  await recordChange(trx, ctx, caller.principal, {
    action: 'projectInvestmentPlan.set',
    entityType: 'projectInvestmentPlan',
    entityId: `${projectId}/${year}`,
    zoneId: project.zoneId,
    before: before === null ? undefined : { projectId, year, plannedYuan: before },
    after,
  });
  return after;
}
