import { type ActivityKind, VISIT_KINDS } from '@zonehub/investment-rules';
import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import { AppError, type FieldError, forbidden, notFound } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import { mayWorkTaskForce } from '../lead-scope.js';
import { findLeadRow } from '../leads/lead.repository.js';
import { addDays, dateProblem } from '../moves/date-checks.js';
import { zoneToday } from '../zone-today.js';
import * as repo from './activity.repository.js';
import {
  type ActivityView,
  type ActivityViewRow,
  type CreateActivityInput,
  toActivityView,
  type UpdateActivityInput,
} from './activity.schema.js';
import { activityFieldError } from './activity-messages.js';

/** Visits may be planned ahead (a trip to 深圳 next month), up to a year; other kinds record what happened. */
const PLANNING_DAYS = 366;

function checkDates(
  locale: Locale,
  today: string,
  dates: { kind: ActivityKind; happenedOn: string; endsOn: string | null },
): FieldError[] {
  const latest = VISIT_KINDS.includes(dates.kind) ? addDays(today, PLANNING_DAYS) : today;
  const errors: FieldError[] = [];
  const start = dateProblem(locale, 'body.happenedOn', dates.happenedOn, today, latest);
  if (start) errors.push(start);
  if (dates.endsOn !== null) {
    const end = dateProblem(locale, 'body.endsOn', dates.endsOn, today, addDays(today, PLANNING_DAYS));
    if (end) errors.push(end);
    else if (!start && dates.endsOn < dates.happenedOn) {
      errors.push(activityFieldError(locale, 'body.endsOn', 'endsOn.beforeStart', { happenedOn: dates.happenedOn }));
    }
  }
  return errors;
}

const invalid = (errors: FieldError[]) => new AppError('validation.failed', { count: errors.length }, errors);

async function viewOf(trx: Db, caller: Caller, id: string): Promise<ActivityView> {
  const row = await repo.findActivity(trx, caller.scope, id);
  if (!row) throw notFound('activity');
  return toActivityView(row);
}

/** Which task force the activity belongs to: its lead's, or the one named for a study trip. */
async function taskForceOf(trx: Db, caller: Caller, input: CreateActivityInput, locale: Locale): Promise<string> {
  if (input.leadId !== undefined) {
    const lead = await findLeadRow(trx, caller.scope, input.leadId);
    if (!lead) throw invalid([activityFieldError(locale, 'body.leadId', 'lead.unknown')]);
    if (input.taskForceId !== undefined && input.taskForceId !== lead.taskForceId) {
      const taskForce = await repo.findTaskForce(trx, lead.zoneId, lead.taskForceId);
      const params = { taskForceName: taskForce?.name ?? lead.taskForceId };
      throw invalid([activityFieldError(locale, 'body.taskForceId', 'taskForce.notLead', params)]);
    }
    return lead.taskForceId;
  }
  if (input.taskForceId === undefined)
    throw invalid([activityFieldError(locale, 'body.taskForceId', 'taskForce.required')]);
  if (!(await repo.findTaskForce(trx, caller.scope.zoneId, input.taskForceId))) {
    throw invalid([activityFieldError(locale, 'body.taskForceId', 'taskForce.unknown')]);
  }
  return input.taskForceId;
}

export async function createActivity(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  input: CreateActivityInput,
  locale: Locale,
): Promise<ActivityView> {
  const taskForceId = await taskForceOf(trx, caller, input, locale);
  if (!mayWorkTaskForce(caller.scope, taskForceId)) throw forbidden();
  const today = await zoneToday(ctx, trx, caller.scope.zoneId);
  const errors = checkDates(locale, today, { ...input, endsOn: input.endsOn ?? null });
  if (errors.length > 0) throw invalid(errors);
  const id = crypto.randomUUID();
  const now = ctx.clock.now().toISOString();
  await repo.insertActivity(trx, {
    id,
    zoneId: caller.scope.zoneId,
    leadId: input.leadId ?? null,
    taskForceId,
    kind: input.kind,
    subject: input.subject,
    happenedOn: input.happenedOn,
    endsOn: input.endsOn ?? null,
    city: input.city || null,
    participants: input.participants || null,
    counterparts: input.counterparts || null,
    notes: input.notes || null,
    recordedBy: caller.actor.id,
    isDemo: 0,
    createdAt: now,
    updatedAt: now,
  });
  if (input.leadId !== undefined) await repo.refreshLastActivity(trx, input.leadId, today, now);
  const after = await viewOf(trx, caller, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'leadActivity.create',
    entityType: 'leadActivity',
    entityId: id,
    zoneId: caller.scope.zoneId,
    after,
  });
  return after;
}

/** The recorder, or anyone who may work the activity's task force (reads are scoped already). */
async function writableActivity(trx: Db, caller: Caller, id: string): Promise<ActivityViewRow> {
  const row = await repo.findActivity(trx, caller.scope, id);
  if (!row) throw notFound('activity');
  if (row.recordedBy !== caller.actor.id && !mayWorkTaskForce(caller.scope, row.taskForceId)) throw forbidden();
  return row;
}

export async function updateActivity(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  input: UpdateActivityInput,
  locale: Locale,
): Promise<ActivityView> {
  const row = await writableActivity(trx, caller, id);
  const before = toActivityView(row);
  const today = await zoneToday(ctx, trx, row.zoneId);
  const merged = {
    kind: input.kind ?? row.kind,
    happenedOn: input.happenedOn ?? row.happenedOn,
    endsOn: input.endsOn === undefined ? row.endsOn : input.endsOn,
  };
  const errors = checkDates(locale, today, merged);
  if (errors.length > 0) throw invalid(errors);
  const now = ctx.clock.now().toISOString();
  const text = (value: string | null | undefined) => (value === undefined ? undefined : value || null);
  await repo.updateActivity(trx, id, {
    ...merged,
    subject: input.subject ?? row.subject,
    ...(input.city !== undefined ? { city: text(input.city) } : {}),
    ...(input.participants !== undefined ? { participants: text(input.participants) } : {}),
    ...(input.counterparts !== undefined ? { counterparts: text(input.counterparts) } : {}),
    ...(input.notes !== undefined ? { notes: text(input.notes) } : {}),
    updatedAt: now,
  });
  if (row.leadId !== null) await repo.refreshLastActivity(trx, row.leadId, today, now);
  const after = await viewOf(trx, caller, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'leadActivity.update',
    entityType: 'leadActivity',
    entityId: id,
    zoneId: row.zoneId,
    before,
    after,
  });
  return after;
}

export async function deleteActivity(ctx: AppContext, trx: Db, caller: Caller, id: string): Promise<void> {
  const row = await writableActivity(trx, caller, id);
  await repo.deleteActivity(trx, id);
  if (row.leadId !== null) {
    const today = await zoneToday(ctx, trx, row.zoneId);
    await repo.refreshLastActivity(trx, row.leadId, today, ctx.clock.now().toISOString());
  }
  await recordChange(trx, ctx, caller.principal, {
    action: 'leadActivity.delete',
    entityType: 'leadActivity',
    entityId: id,
    zoneId: row.zoneId,
    before: toActivityView(row),
  });
}
