import { normalizeUscc, usccProblem } from '@zonehub/uscc';
import type { Db } from '../../db/database.js';
import type { AppContext, Caller } from '../../http/context.js';
import { AppError, type FieldError, forbidden, notFound } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';
import { recordChange } from '../audit/audit.service.js';
import { lastChangeWords } from '../audit/last-change.js';
import * as repo from './enterprise.repository.js';
import {
  type CreateEnterpriseInput,
  type EnterpriseView,
  toEnterpriseView,
  type UpdateEnterpriseInput,
} from './enterprise.schema.js';
import { type EnterpriseChanges, insertEnterprise, updateEnterprise as writeEnterprise } from './enterprise.writer.js';
import { fieldError, usccFieldError } from './enterprise-field-errors.js';

/** The full record as the API shows it; notFound when the caller may not see it. */
export async function enterpriseView(trx: Db, caller: Pick<Caller, 'scope'>, id: string): Promise<EnterpriseView> {
  const row = await repo.findEnterprise(trx, caller.scope, id);
  if (!row) throw notFound('enterprise');
  const [contacts, classifications] = await Promise.all([
    repo.listContacts(trx, id),
    repo.listClassifications(trx, id),
  ]);
  return toEnterpriseView(row, contacts, classifications);
}

/**
 * The 409 for an edit made on a stale copy: who saved last and when (in the zone's time), and the
 * version now, read after the refused write so it is the version that won.
 */
export async function versionConflict(trx: Db, caller: Caller, id: string): Promise<AppError> {
  const current = await repo.findEnterprise(trx, caller.scope, id);
  if (!current) return notFound('enterprise');
  const { by, at } = await lastChangeWords(trx, { type: 'enterprise', ...current });
  return new AppError('enterprise.versionConflict', { name: current.name, by, at, version: Number(current.version) });
}

/** Park staff write only within their own parks (their read scope already hides the rest). */
function assertMayWriteIn(caller: Caller, parkId: string | null | undefined, locale: Locale): void {
  const parks = caller.scope.parkIds;
  if (parks === null) return;
  if (!parkId || !parks.includes(parkId)) {
    throw new AppError('validation.failed', { count: 1 }, [fieldError(locale, 'body.parkId', 'parkId.outOfScope')]);
  }
}

function validDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * Rules beyond the schema: credit code, park, industry code, founding date. Collects every error;
 * `at` is where the fields sit in the request (a change request nests them under body.changes).
 */
export async function checkFields(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  input: Partial<CreateEnterpriseInput>,
  locale: Locale,
  at = 'body',
): Promise<{ uscc?: string }> {
  const errors: FieldError[] = [];
  let uscc: string | undefined;
  if (input.uscc !== undefined) {
    uscc = normalizeUscc(input.uscc);
    const problem = usccProblem(uscc);
    if (problem) errors.push(usccFieldError(locale, `${at}.uscc`, problem));
  }
  if (input.parkId && !(await repo.parkInZone(trx, caller.scope.zoneId, input.parkId))) {
    errors.push(fieldError(locale, `${at}.parkId`, 'parkId.unknown'));
  }
  if (input.industryCode && !(await repo.industryExists(trx, input.industryCode))) {
    errors.push(fieldError(locale, `${at}.industryCode`, 'industryCode.unknown', { code: input.industryCode }));
  }
  if (input.foundedOn) {
    const today = ctx.clock.now().toISOString().slice(0, 10);
    if (!validDate(input.foundedOn)) errors.push(fieldError(locale, `${at}.foundedOn`, 'foundedOn.invalid'));
    else if (input.foundedOn > today) errors.push(fieldError(locale, `${at}.foundedOn`, 'foundedOn.future'));
  }
  if (errors.length > 0) throw new AppError('validation.failed', { count: errors.length }, errors);
  return uscc === undefined ? {} : { uscc };
}

/** A duplicate credit code answers 409 naming the existing record (in the detail and a field error). */
export async function assertUsccFree(
  trx: Db,
  caller: Caller,
  uscc: string,
  locale: Locale,
  exceptId?: string,
  at = 'body',
) {
  const existing = await repo.findByUscc(trx, caller.scope.zoneId, uscc, exceptId);
  if (!existing) return;
  const params = { uscc, name: existing.name, existingId: existing.id };
  throw new AppError('enterprise.usccTaken', params, [fieldError(locale, `${at}.uscc`, 'uscc.taken', params)]);
}

const nullable = <T>(value: T | null | undefined): T | null => value ?? null;

export async function createEnterprise(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  input: CreateEnterpriseInput,
  locale: Locale,
): Promise<EnterpriseView> {
  assertMayWriteIn(caller, input.parkId, locale);
  const { uscc = '' } = await checkFields(ctx, trx, caller, input, locale);
  await assertUsccFree(trx, caller, uscc, locale);
  const now = ctx.clock.now().toISOString();
  const id = crypto.randomUUID();
  await insertEnterprise(trx, {
    id,
    zoneId: caller.scope.zoneId,
    parkId: nullable(input.parkId),
    uscc,
    name: input.name,
    formerNames: input.formerNames?.length ? JSON.stringify(input.formerNames) : null,
    legalRepresentative: nullable(input.legalRepresentative),
    registeredCapitalYuan: nullable(input.registeredCapitalYuan),
    foundedOn: nullable(input.foundedOn),
    address: nullable(input.address),
    employees: nullable(input.employees),
    status: input.status ?? 'operating',
    industryCode: nullable(input.industryCode),
    isDemo: 0,
    createdAt: now,
    updatedAt: now,
  });
  const after = await enterpriseView(trx, caller, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'enterprise.create',
    entityType: 'enterprise',
    entityId: id,
    zoneId: caller.scope.zoneId,
    after,
  });
  return after;
}

export async function updateEnterprise(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  input: UpdateEnterpriseInput,
  locale: Locale,
): Promise<EnterpriseView> {
  const before = await enterpriseView(trx, caller, id);
  assertMayWriteIn(caller, before.parkId, locale);
  // Stale before anything else: the fields were typed on a record that has changed since.
  if (before.version !== input.version) throw await versionConflict(trx, caller, id);
  if (input.parkId !== undefined) assertMayWriteIn(caller, input.parkId, locale);
  const { uscc } = await checkFields(ctx, trx, caller, input, locale);
  if (uscc !== undefined) await assertUsccFree(trx, caller, uscc, locale, id);
  const changes: EnterpriseChanges = { updatedAt: ctx.clock.now().toISOString() };
  if (uscc !== undefined) changes.uscc = uscc;
  if (input.name !== undefined) changes.name = input.name;
  if (input.formerNames !== undefined)
    changes.formerNames = input.formerNames.length ? JSON.stringify(input.formerNames) : null;
  if (input.legalRepresentative !== undefined) changes.legalRepresentative = input.legalRepresentative;
  if (input.registeredCapitalYuan !== undefined) changes.registeredCapitalYuan = input.registeredCapitalYuan;
  if (input.foundedOn !== undefined) changes.foundedOn = input.foundedOn;
  if (input.address !== undefined) changes.address = input.address;
  if (input.parkId !== undefined) changes.parkId = input.parkId;
  if (input.status !== undefined) changes.status = input.status;
  if (input.industryCode !== undefined) changes.industryCode = input.industryCode;
  if (input.employees !== undefined) changes.employees = input.employees;
  if (!(await writeEnterprise(trx, id, changes, input.version))) throw await versionConflict(trx, caller, id);
  const after = await enterpriseView(trx, caller, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'enterprise.update',
    entityType: 'enterprise',
    entityId: id,
    zoneId: caller.scope.zoneId,
    before: { ...before, contacts: undefined, classifications: undefined },
    after: { ...after, contacts: undefined, classifications: undefined },
  });
  return after;
}

/** For sub-resources (contacts, classifications): the enterprise must be visible and writable by the caller. */
export async function writableEnterprise(trx: Db, caller: Caller, id: string): Promise<EnterpriseView> {
  const view = await enterpriseView(trx, caller, id);
  if (caller.scope.parkIds !== null && (!view.parkId || !caller.scope.parkIds.includes(view.parkId))) {
    throw forbidden();
  }
  return view;
}
