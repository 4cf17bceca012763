import { rolesWith } from '@zonehub/access';
import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import { AppError, type FieldError, forbidden, notFound } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import { ownersOf, taskForcesOf } from '../../investment/leads/lead-options.repository.js';
import { inZone, userInZone } from '../project.repository.js';
import type { CreateSeriesBody, Series, UpdateSeriesBody } from './meeting.schema.js';
import { meetingFieldError, refuseIfAny } from './meeting-messages.js';
import * as repo from './meeting-series.repository.js';
import { mayManageSeries, meetingConflict, type Timing, timingOf, toSeries, viewerOf } from './meeting-view.js';

/** Meeting series (日碰头、周调度、月汇总、季分析、年交账): list, create, edit, deactivate, delete. */

export async function listSeries(ctx: AppContext, db: Db, caller: Caller): Promise<{ items: Series[] }> {
  const timing = await timingOf(ctx, db, caller.scope.zoneId);
  const rows = await repo.listSeries(db, viewerOf(caller), timing.today);
  return { items: rows.map((r) => toSeries(r, timing, caller.scope)) };
}

/** The series in the caller's scope, or 404. */
export async function seriesInScope(db: Db, caller: Caller, id: string, timing: Timing) {
  const row = await repo.findSeries(db, viewerOf(caller), id, timing.today);
  if (!row) throw notFound('meetingSeries');
  return row;
}

export async function getSeries(ctx: AppContext, db: Db, caller: Caller, id: string): Promise<Series> {
  const timing = await timingOf(ctx, db, caller.scope.zoneId);
  return toSeries(await seriesInScope(db, caller, id, timing), timing, caller.scope);
}

async function checkChair(db: Db, zoneId: string, chairId: string | null, locale: Locale): Promise<FieldError[]> {
  if (chairId === null || (await userInZone(db, chairId, zoneId))) return [];
  return [meetingFieldError(locale, 'body.chairId', 'user.notInZone')];
}

export async function createSeries(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  body: CreateSeriesBody,
  locale: Locale,
): Promise<Series> {
  const zoneId = caller.scope.zoneId;
  const errors = await checkChair(trx, zoneId, body.chairId, locale);
  if (body.taskForceId !== null && !(await inZone(trx, 'orgUnits', body.taskForceId, zoneId)))
    errors.push(meetingFieldError(locale, 'body.taskForceId', 'taskForce.notInZone'));
  refuseIfAny(errors);
  if (!mayManageSeries(caller.scope, body.taskForceId)) throw forbidden();
  const id = crypto.randomUUID();
  const now = ctx.clock.now().toISOString();
  await repo.insertSeries(trx, {
    id,
    zoneId,
    ...body,
    isActive: 1,
    version: 1,
    isDemo: 0,
    createdBy: caller.principal.userId,
    createdAt: now,
    updatedAt: now,
  });
  const after = await getSeries(ctx, trx, caller, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'meetingSeries.create',
    entityType: 'meetingSeries',
    entityId: id,
    zoneId,
    after,
  });
  return after;
}

export async function updateSeries(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  body: UpdateSeriesBody,
  locale: Locale,
): Promise<Series> {
  const timing = await timingOf(ctx, trx, caller.scope.zoneId);
  const row = await seriesInScope(trx, caller, id, timing);
  if (!mayManageSeries(caller.scope, row.taskForceId)) throw forbidden();
  const current = { id, name: row.name, version: Number(row.version), zoneId: row.zoneId, updatedAt: row.updatedAt };
  if (Number(row.version) !== body.version) throw await meetingConflict(trx, 'meetingSeries', current);
  refuseIfAny(body.chairId === undefined ? [] : await checkChair(trx, row.zoneId, body.chairId, locale));
  const before = toSeries(row, timing, caller.scope);
  const { version, isActive, ...changes } = body;
  const saved = await repo.updateSeriesIfVersion(trx, id, version, {
    ...changes,
    ...(isActive === undefined ? {} : { isActive: isActive ? 1 : 0 }),
    updatedAt: ctx.clock.now().toISOString(),
  });
  if (!saved) throw await meetingConflict(trx, 'meetingSeries', current);
  const after = await getSeries(ctx, trx, caller, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'meetingSeries.update',
    entityType: 'meetingSeries',
    entityId: id,
    zoneId: row.zoneId,
    before,
    after,
  });
  return after;
}

/** Only a series that never met may be deleted; one with meetings is deactivated instead (409). */
export async function deleteSeries(ctx: AppContext, trx: Db, caller: Caller, id: string): Promise<void> {
  const timing = await timingOf(ctx, trx, caller.scope.zoneId);
  const row = await seriesInScope(trx, caller, id, timing);
  if (!mayManageSeries(caller.scope, row.taskForceId)) throw forbidden();
  const meetings = Number(row.meetingCount ?? 0);
  if (meetings > 0) throw new AppError('meeting.seriesHasMeetings', { name: row.name, count: meetings });
  const before = toSeries(row, timing, caller.scope);
  await repo.deleteSeries(trx, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'meetingSeries.delete',
    entityType: 'meetingSeries',
    entityId: id,
    zoneId: row.zoneId,
    before,
  });
}

/**
 * What the meeting forms pick from: task forces, the people who can open a meeting (attendees and
 * action owners; anyone else is named as an outside attendee), and the projects the caller sees.
 */
export async function meetingOptions(db: Db, caller: Caller) {
  const zoneId = caller.scope.zoneId;
  const [taskForces, people, projects] = await Promise.all([
    taskForcesOf(db, zoneId),
    ownersOf(db, zoneId, rolesWith('meeting.view')),
    repo.projectOptions(db, viewerOf(caller)),
  ]);
  return { taskForces, people, projects };
}
