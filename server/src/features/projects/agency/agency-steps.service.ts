import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import { AppError, type FieldError, forbidden, notFound } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import { versionConflict } from '../project-conflict.js';
import * as repo from './agency.repository.js';
import type { AgencyItem, AgencyStepBody } from './agency.schema.js';
import type { AgencyItemRow } from './agency.table.js';
import { type AgencyStep, mayTakeStep, nextState } from './agency-flow.js';
import { agencyFieldError, STATE_WORDS, STEP_WORDS } from './agency-messages.js';
import { tellOfStep } from './agency-notify.js';
import { stepDayProblem } from './agency-rules.js';
import { agencyItemView, rolesOf, stateOf, timingOf } from './agency-view.js';

/** The audit action of each step, written out so the audit labels' scan (and a grep) finds them. */
const STEP_ACTIONS: Record<AgencyStep, string> = {
  submit: 'agencyItem.submit',
  accept: 'agencyItem.accept',
  return: 'agencyItem.return',
  resubmit: 'agencyItem.resubmit',
  approve: 'agencyItem.approve',
};

/**
 * Takes one step of an item's life (agency-flow.ts): checks who may take it from which state, stamps
 * the day (the zone's today unless an earlier one is given) and the caller as handler, records the
 * step (the clock's correction periods come from the steps), tells the other side, and audits it.
 */
export async function stampStep(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  ids: { projectId: string; itemId: string },
  body: AgencyStepBody,
  locale: Locale,
): Promise<AgencyItem> {
  const row = await repo.findItem(trx, caller.scope.zoneId, ids.projectId, ids.itemId);
  if (!row) throw notFound('agencyItem');
  const roles = rolesOf(caller.scope, row);
  if (!roles.taskForce && !roles.department) throw forbidden();
  if (!mayTakeStep(body.step, roles)) throw forbidden();
  const current = {
    id: row.id,
    name: row.item,
    version: Number(row.version),
    zoneId: row.zoneId,
    updatedAt: row.updatedAt,
  };
  if (Number(row.version) !== body.version) throw await versionConflict(trx, 'agencyItem', current);
  const state = stateOf(row);
  const next = nextState(state, body.step, row.acceptedOn !== null);
  if (next === null)
    throw new AppError('agency.stepRefused', {
      name: row.item,
      state: STATE_WORDS[locale][state],
      step: STEP_WORDS[locale][body.step],
    });

  const timing = await timingOf(ctx, trx, row.zoneId);
  const last = (await repo.listSteps(trx, [row.id])).at(-1);
  const previous = last?.stepOn ?? null;
  const on = body.on ?? timing.today;
  const errors: FieldError[] = [];
  const dayProblem = stepDayProblem(on, previous, timing.today);
  if (dayProblem)
    errors.push(agencyFieldError(locale, 'body.on', dayProblem, { today: timing.today, previous: previous ?? '' }));
  if (body.step === 'return' && !body.reason) errors.push(agencyFieldError(locale, 'body.reason', 'reason.required'));
  if (body.step !== 'approve' && body.approvalDocNo !== undefined)
    errors.push(agencyFieldError(locale, 'body.approvalDocNo', 'docNo.onlyOnApproval'));
  if (errors.length > 0) throw new AppError('validation.failed', { count: errors.length }, errors);

  const before = await agencyItemView(trx, caller, row.zoneId, ids.projectId, row.id, timing);
  const handler = { handledById: caller.principal.userId, handledByName: caller.principal.displayName };
  const changes: Partial<AgencyItemRow> = { state: next, updatedAt: ctx.clock.now().toISOString() };
  if (body.step === 'submit' || (body.step === 'resubmit' && next === 'submitted')) changes.submittedOn = on;
  if (body.step === 'accept') Object.assign(changes, { acceptedOn: on, ...handler });
  if (body.step === 'return') Object.assign(changes, handler);
  if (body.step === 'approve')
    Object.assign(changes, { approvedOn: on, approvalDocNo: body.approvalDocNo ?? null, ...handler });
  if (!(await repo.updateItemIfVersion(trx, row.id, body.version, changes)))
    throw await versionConflict(trx, 'agencyItem', current);
  const stepId = crypto.randomUUID();
  await repo.insertStep(trx, {
    id: stepId,
    zoneId: row.zoneId,
    agencyItemId: row.id,
    seq: Number(last?.seq ?? 0) + 1,
    step: body.step,
    stepOn: on,
    reason: body.step === 'return' ? (body.reason ?? null) : null,
    actorId: caller.principal.userId,
    actorName: caller.principal.displayName,
    createdAt: ctx.clock.now().toISOString(),
  });
  const after = await agencyItemView(trx, caller, row.zoneId, ids.projectId, row.id, timing);
  await tellOfStep(trx, { row, step: body.step, stepId, reason: body.reason ?? null, now: ctx.clock.now() });
  await recordChange(trx, ctx, caller.principal, {
    action: STEP_ACTIONS[body.step],
    entityType: 'agencyItem',
    entityId: row.id,
    zoneId: row.zoneId,
    before,
    after,
  });
  return after;
}
