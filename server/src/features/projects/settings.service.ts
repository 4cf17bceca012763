import type { Db } from '../../db/database.js';
import type { AppContext, Caller } from '../../http/context.js';
import { AppError, notFound } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';
import { recordChange } from '../audit/audit.service.js';
import { projectFieldError } from './project-messages.js';
import { loadCalendar, recomputeRag } from './rag.service.js';
import * as repo from './settings.repository.js';

/** The zone's RAG settings and calendar corrections; every change recomputes the zone's lights. */
export async function getSettings(db: Db, zoneId: string) {
  const s = await repo.findSettings(db, zoneId);
  return { amberWorkdays: s.amberWorkdays, escalateAfterWorkdays: s.escalateAfterWorkdays };
}

export async function putSettings(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  body: { amberWorkdays: number; escalateAfterWorkdays: number },
) {
  const zoneId = caller.scope.zoneId;
  const before = await getSettings(trx, zoneId);
  await repo.upsertSettings(trx, {
    zoneId,
    ...body,
    updatedBy: caller.principal.userId,
    updatedAt: ctx.clock.now().toISOString(),
  });
  const recomputed = await recomputeRag(ctx, trx, zoneId);
  await recordChange(trx, ctx, caller.principal, {
    action: 'project.settings.update',
    entityType: 'projectSettings',
    entityId: zoneId,
    zoneId,
    before,
    after: body,
  });
  return { ...body, recomputed };
}

const dayOf = (year: number, index: number) => new Date(Date.UTC(year, 0, 1 + index)).toISOString().slice(0, 10);

/** Every day of a year with why it is or is not a working day, and the zone's corrections. */
export async function calendarYear(db: Db, zoneId: string, year: number, locale: Locale) {
  if (year < 2000 || year > 2100)
    throw new AppError('validation.failed', { count: 1 }, [
      projectFieldError(locale, 'querystring.year', 'calendar.yearNotCovered'),
    ]);
  const calendar = await loadCalendar(db, zoneId);
  const days: ReturnType<typeof calendar.explain>[] = [];
  for (let i = 0; ; i += 1) {
    const day = dayOf(year, i);
    if (!day.startsWith(String(year))) break;
    days.push(calendar.explain(day));
  }
  const overrides = (await repo.listOverrides(db, zoneId)).filter((o) => o.day.startsWith(`${year}-`));
  return { year, covered: calendar.covers(year), days, overrides };
}

export async function putOverride(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  day: string,
  body: { kind: 'holiday' | 'workday'; name: string },
) {
  const zoneId = caller.scope.zoneId;
  const before = (await repo.findOverride(trx, zoneId, day)) ?? null;
  await repo.upsertOverride(trx, {
    zoneId,
    day,
    kind: body.kind,
    name: body.name,
    createdBy: caller.principal.userId,
    createdAt: ctx.clock.now().toISOString(),
  });
  const recomputed = await recomputeRag(ctx, trx, zoneId);
  const after = { day, ...body };
  await recordChange(trx, ctx, caller.principal, {
    action: 'project.calendar.override',
    entityType: 'calendarOverride',
    entityId: day,
    zoneId,
    before,
    after,
  });
  return { ...after, recomputed };
}

export async function deleteOverride(ctx: AppContext, trx: Db, caller: Caller, day: string) {
  const zoneId = caller.scope.zoneId;
  const before = await repo.findOverride(trx, zoneId, day);
  if (!before) throw notFound('calendarOverride');
  await repo.deleteOverride(trx, zoneId, day);
  await recomputeRag(ctx, trx, zoneId);
  await recordChange(trx, ctx, caller.principal, {
    action: 'project.calendar.overrideDelete',
    entityType: 'calendarOverride',
    entityId: day,
    zoneId,
    before,
  });
}
