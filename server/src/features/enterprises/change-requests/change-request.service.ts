import type { Db } from '../../../db/database.js';
import type { AppContext, Caller, Scope } from '../../../http/context.js';
import { AppError, notFound } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import type { EnterpriseView } from '../enterprise.schema.js';
import {
  assertUsccFree,
  checkFields,
  enterpriseView,
  versionConflict,
  writableEnterprise,
} from '../enterprise.service.js';
import { type EnterpriseChanges, updateEnterprise as writeEnterprise } from '../enterprise.writer.js';
import { fieldError } from '../enterprise-field-errors.js';
import * as repo from './change-request.repository.js';
import {
  type ChangeRequestView,
  parseChanges,
  type SubmitChangeInput,
  toChangeRequestView,
} from './change-request.schema.js';
import { type FieldChange, type FieldValue, REGISTERED_FIELDS, type RegisteredField } from './change-request.table.js';
import { tellReviewers, tellSubmitter } from './change-request-notify.js';

const AT = 'body.changes';

/** One request as the API shows it, if the caller may see it. */
export async function changeRequestView(db: Db, scope: Scope, id: string): Promise<ChangeRequestView> {
  const row = await repo.findRequestView(db, scope, id);
  if (!row) throw notFound('changeRequest');
  return toChangeRequestView(row);
}

/** The proposed values that differ from the record, each with the value it replaces. */
function diff(current: EnterpriseView, proposed: Partial<Record<RegisteredField, FieldValue | undefined>>) {
  const changes: FieldChange[] = [];
  for (const field of REGISTERED_FIELDS) {
    const value = proposed[field];
    if (value === undefined) continue;
    const after = typeof value === 'string' && value === '' ? null : value;
    if (after !== current[field]) changes.push({ field, before: current[field], after });
  }
  return changes;
}

/**
 * An enterprise proposes new values for its registered facts, with a reason. Checked as an edit
 * would be (credit code, industry code, founding date, a code held by another enterprise), recorded
 * against the enterprise, and its reviewers are told. Nothing of the record changes yet.
 */
export async function submitChange(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  enterpriseId: string,
  input: SubmitChangeInput,
  locale: Locale,
): Promise<ChangeRequestView> {
  const enterprise = await enterpriseView(trx, caller, enterpriseId);
  const { uscc } = await checkFields(ctx, trx, caller, input.changes, locale, AT);
  const changes = diff(enterprise, { ...input.changes, ...(uscc === undefined ? {} : { uscc }) });
  if (changes.length === 0) {
    throw new AppError('validation.failed', { count: 1 }, [fieldError(locale, AT, 'changeRequest.nothingChanged')]);
  }
  if (uscc !== undefined && uscc !== enterprise.uscc) await assertUsccFree(trx, caller, uscc, locale, enterpriseId, AT);
  const id = crypto.randomUUID();
  const now = ctx.clock.now();
  await repo.insertRequest(trx, {
    id,
    zoneId: caller.scope.zoneId,
    enterpriseId,
    status: 'pending',
    changes: JSON.stringify(changes),
    reason: input.reason,
    submittedBy: caller.principal.userId,
    submittedAt: now.toISOString(),
    isDemo: 0,
  });
  const view = await changeRequestView(trx, caller.scope, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'enterprise.changeRequest.submit',
    entityType: 'enterprise',
    entityId: enterpriseId,
    zoneId: caller.scope.zoneId,
    after: { ...view, file: undefined },
  });
  await tellReviewers(trx, { zoneId: caller.scope.zoneId, enterprise, request: view, now });
  return view;
}

/** A request the reviewer may decide: visible (their parks), on an enterprise they may write, pending. */
async function pendingRequest(trx: Db, caller: Caller, id: string) {
  const request = await repo.findRequest(trx, caller.scope, id);
  if (!request) throw notFound('changeRequest');
  if (request.status !== 'pending') throw new AppError('enterpriseChange.decided');
  await writableEnterprise(trx, caller, request.enterpriseId);
  return request;
}

const decidedOrThrow = (written: boolean) => {
  if (!written) throw new AppError('enterpriseChange.decided');
};

/**
 * Approves a request: its values are written to the enterprise through the one writer, on the
 * record as it is now (checked again: a credit code may have been taken since), and the enterprise's
 * history records the change. The submitter is told.
 */
export async function approveChange(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  note: string | null,
  locale: Locale,
): Promise<ChangeRequestView> {
  const request = await pendingRequest(trx, caller, id);
  const changes = parseChanges(request.changes);
  const proposed = Object.fromEntries(changes.map((c) => [c.field, c.after]));
  const now = ctx.clock.now();
  decidedOrThrow(
    await repo.decideRequest(trx, id, {
      status: 'approved',
      reviewedBy: caller.principal.userId,
      reviewedAt: now.toISOString(),
      reviewNote: note || null,
    }),
  );
  const before = await enterpriseView(trx, caller, request.enterpriseId);
  const { uscc } = await checkFields(ctx, trx, caller, proposed, locale, AT);
  if (uscc !== undefined) await assertUsccFree(trx, caller, uscc, locale, request.enterpriseId, AT);
  const write: EnterpriseChanges = { updatedAt: now.toISOString() };
  for (const change of changes) Object.assign(write, { [change.field]: change.after });
  if (!(await writeEnterprise(trx, request.enterpriseId, write, before.version))) {
    throw await versionConflict(trx, caller, request.enterpriseId);
  }
  const after = await enterpriseView(trx, caller, request.enterpriseId);
  const pick = (view: EnterpriseView) => Object.fromEntries(changes.map((c) => [c.field, view[c.field]]));
  await recordChange(trx, ctx, caller.principal, {
    action: 'enterprise.changeRequest.approve',
    entityType: 'enterprise',
    entityId: request.enterpriseId,
    zoneId: caller.scope.zoneId,
    before: pick(before),
    after: { ...pick(after), changeRequestId: id, note: note || null },
  });
  const view = await changeRequestView(trx, caller.scope, id);
  await tellSubmitter(trx, { zoneId: caller.scope.zoneId, request: view, submittedBy: request.submittedBy, now });
  return view;
}

/** Rejects a request with the reason the enterprise will read; the record stays as it is. */
export async function rejectChange(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  reason: string,
): Promise<ChangeRequestView> {
  const request = await pendingRequest(trx, caller, id);
  const now = ctx.clock.now();
  decidedOrThrow(
    await repo.decideRequest(trx, id, {
      status: 'rejected',
      reviewedBy: caller.principal.userId,
      reviewedAt: now.toISOString(),
      reviewNote: reason,
    }),
  );
  await recordChange(trx, ctx, caller.principal, {
    action: 'enterprise.changeRequest.reject',
    entityType: 'enterprise',
    entityId: request.enterpriseId,
    zoneId: caller.scope.zoneId,
    after: { changeRequestId: id, reason },
  });
  const view = await changeRequestView(trx, caller.scope, id);
  await tellSubmitter(trx, { zoneId: caller.scope.zoneId, request: view, submittedBy: request.submittedBy, now });
  return view;
}
