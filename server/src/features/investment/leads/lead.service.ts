import { usccProblem } from '@zonehub/uscc';
import type { Db } from '../../../db/database.js';
import type { AppContext, Caller, Scope } from '../../../http/context.js';
import { AppError, type FieldError, forbidden, notFound } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import { usccFieldError } from '../../enterprises/enterprise-field-errors.js';
import { pinyinSearchKeys } from '../../enterprises/enterprise-names.js';
import type { LeadRow, LeadUpdate } from '../investment.table.js';
import { mayWorkTaskForce } from '../lead-scope.js';
import { versionConflict } from '../moves/lead-conflict.js';
import { zoneToday } from '../zone-today.js';
import { findLeadRow, insertLead, nextLeadCode, updateLeadAtVersion } from './lead.repository.js';
import type { DuplicateMatch, LeadDetail } from './lead.schema.js';
import { getLeadDetail } from './lead-detail.service.js';
import { findDuplicates, investorKeys } from './lead-duplicates.js';
import type { CreateLeadInput, UpdateLeadInput } from './lead-input.schema.js';
import * as links from './lead-links.repository.js';
import { leadFieldError } from './lead-messages.js';

const invalid = (errors: FieldError[]) => new AppError('validation.failed', { count: errors.length }, errors);

type LinkFields = Partial<
  Pick<
    CreateLeadInput,
    'taskForceId' | 'ownerId' | 'industryCode' | 'methodId' | 'targetParkId' | 'registeredOn' | 'investorUscc'
  >
>;

/** Everything a lead links to must be of the caller's zone; the registration date must be plausible. */
async function checkFields(db: Db, zoneId: string, today: string, input: LinkFields, locale: Locale): Promise<void> {
  const errors: FieldError[] = [];
  // The duplicate warning matches investors by credit code, so a code must be a real one (both checks).
  const usccIssue = input.investorUscc ? usccProblem(input.investorUscc) : null;
  if (usccIssue) errors.push(usccFieldError(locale, 'body.investorUscc', usccIssue));
  if (input.taskForceId !== undefined && !(await links.taskForceInZone(db, zoneId, input.taskForceId)))
    errors.push(leadFieldError(locale, 'body.taskForceId', 'taskForce.notInZone'));
  if (input.ownerId && !(await links.userInZone(db, zoneId, input.ownerId)))
    errors.push(leadFieldError(locale, 'body.ownerId', 'owner.notInZone'));
  if (input.industryCode && !(await links.industryExists(db, input.industryCode)))
    errors.push(leadFieldError(locale, 'body.industryCode', 'industry.unknown', { code: input.industryCode }));
  if (input.methodId && !(await links.activeMethodInZone(db, zoneId, input.methodId)))
    errors.push(leadFieldError(locale, 'body.methodId', 'method.notActive'));
  if (input.targetParkId && !(await links.parkInZone(db, zoneId, input.targetParkId)))
    errors.push(leadFieldError(locale, 'body.targetParkId', 'park.notInZone'));
  if (input.registeredOn !== undefined) {
    if (input.registeredOn > today)
      errors.push(leadFieldError(locale, 'body.registeredOn', 'date.inFuture', { today }));
    else if (input.registeredOn < '2000-01-01')
      errors.push(leadFieldError(locale, 'body.registeredOn', 'date.tooEarly'));
  }
  if (errors.length > 0) throw invalid(errors);
}

function assertMayWork(scope: Scope, taskForceId: string): void {
  if (!mayWorkTaskForce(scope, taskForceId)) throw forbidden();
}

/** The lead's own fields as the audit log keeps them (no joined names, no file bytes). */
function auditView(row: LeadRow) {
  const { investorKey: _key, investorPinyin: _pinyin, searchKeys: _search, isDemo: _demo, ...fields } = row;
  return fields;
}

/** Null-or-value for optional fields: a field left out of a create is stored as null. */
const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

export async function createLead(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  input: CreateLeadInput,
  locale: Locale,
): Promise<{ lead: LeadDetail; duplicates: DuplicateMatch[] }> {
  const { zoneId } = caller.scope;
  const today = await zoneToday(ctx, trx, zoneId);
  await checkFields(trx, zoneId, today, input, locale);
  assertMayWork(caller.scope, input.taskForceId);
  const registeredOn = input.registeredOn ?? today;
  const keys = investorKeys(input.investorName);
  const now = ctx.clock.now().toISOString();
  const id = crypto.randomUUID();
  await insertLead(trx, {
    id,
    zoneId,
    code: await nextLeadCode(trx, ctx.dialect, zoneId, registeredOn.slice(0, 4)),
    name: input.name,
    stage: 'reserve',
    version: 1,
    investorName: input.investorName,
    investorUscc: orNull(input.investorUscc),
    investorKey: keys.key,
    investorPinyin: keys.pinyin,
    searchKeys: pinyinSearchKeys(input.name, input.investorName),
    investorRegion: orNull(input.investorRegion),
    investorProvince: orNull(input.investorProvince),
    investorCity: orNull(input.investorCity),
    industryCode: orNull(input.industryCode),
    chainName: orNull(input.chainName),
    plannedInvestmentYuan: orNull(input.plannedInvestmentYuan),
    expectedOutputYuan: orNull(input.expectedOutputYuan),
    expectedTaxYuan: orNull(input.expectedTaxYuan),
    expectedJobs: orNull(input.expectedJobs),
    landDemandMu: orNull(input.landDemandMu),
    energyDemandTce: orNull(input.energyDemandTce),
    methodId: orNull(input.methodId),
    sourcePerson: orNull(input.sourcePerson),
    ownerId: orNull(input.ownerId),
    taskForceId: input.taskForceId,
    targetParkId: orNull(input.targetParkId),
    description: orNull(input.description),
    registeredOn,
    stageEnteredOn: registeredOn,
    isDemo: 0,
    createdBy: caller.actor.id,
    createdAt: now,
    updatedAt: now,
  });
  const row = await findLeadRow(trx, caller.scope, id);
  if (!row) throw notFound('lead');
  await recordChange(trx, ctx, caller.principal, {
    action: 'lead.create',
    entityType: 'lead',
    entityId: id,
    zoneId,
    after: auditView(row),
  });
  const duplicates = await findDuplicates(trx, caller.scope, { ...input, excludeId: id });
  return { lead: await getLeadDetail(ctx, trx, caller.scope, id), duplicates };
}

export async function updateLead(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  input: UpdateLeadInput,
  locale: Locale,
): Promise<LeadDetail> {
  const before = await findLeadRow(trx, caller.scope, id);
  if (!before) throw notFound('lead');
  assertMayWork(caller.scope, before.taskForceId);
  const today = await zoneToday(ctx, trx, before.zoneId);
  await checkFields(trx, before.zoneId, today, input, locale);
  if (input.taskForceId !== undefined) assertMayWork(caller.scope, input.taskForceId);
  if (input.version !== Number(before.version)) throw await versionConflict(trx, id);
  const { version, ...fields } = input;
  const changes: LeadUpdate = { ...fields, updatedAt: ctx.clock.now().toISOString() };
  if (input.investorName !== undefined) {
    const keys = investorKeys(input.investorName);
    changes.investorKey = keys.key;
    changes.investorPinyin = keys.pinyin;
  }
  if (input.name !== undefined || input.investorName !== undefined)
    changes.searchKeys = pinyinSearchKeys(input.name ?? before.name, input.investorName ?? before.investorName);
  // A lead that never left the reserve pool entered it when it was registered.
  if (input.registeredOn !== undefined && before.stage === 'reserve' && before.stageEnteredOn === before.registeredOn)
    changes.stageEnteredOn = input.registeredOn;
  if (!(await updateLeadAtVersion(trx, id, version, changes))) throw await versionConflict(trx, id);
  const after = await findLeadRow(trx, caller.scope, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'lead.update',
    entityType: 'lead',
    entityId: id,
    zoneId: before.zoneId,
    before: auditView(before),
    after: after ? auditView(after) : null,
  });
  return getLeadDetail(ctx, trx, caller.scope, id);
}
