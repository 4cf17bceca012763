import { type MoveEvidence, moveRefusal, type Stage } from '@zonehub/investment-rules';
import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import { AppError, forbidden, notFound } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import type { LeadRow, LeadUpdate } from '../investment.table.js';
import { mayWorkTaskForce } from '../lead-scope.js';
import { findLeadRow, updateLeadAtVersion } from '../leads/lead.repository.js';
import type { LeadDetail } from '../leads/lead.schema.js';
import { getLeadDetail } from '../leads/lead-detail.service.js';
import { zoneToday } from '../zone-today.js';
import { auditLandedEnterprise, createLandedEnterprise } from './landed-enterprise.js';
import { type LandingRecord, landingSiteErrors, settleLanding, unsettleLanding } from './landing.service.js';
import { versionConflict } from './lead-conflict.js';
import * as repo from './move.repository.js';
import type { MoveInput, UndoInput } from './move.schema.js';
import { checkGate, checkValues } from './move-gate.js';
import { refusalText } from './move-messages.js';

/** The lead the caller may see, else 404; with `write`, also one of their task forces, else 403. */
export async function leadForWrite(db: Db, caller: Caller, id: string): Promise<LeadRow> {
  const lead = await findLeadRow(db, caller.scope, id);
  if (!lead) throw notFound('lead');
  if (!mayWorkTaskForce(caller.scope, lead.taskForceId)) throw forbidden();
  return lead;
}

/**
 * The stale-version check comes first: a gate judged against a lead the caller has not seen (another
 * person moved it a moment ago) would answer with the wrong refusal; "reload" is the right answer.
 */
async function assertVersion(db: Db, lead: LeadRow, version: number): Promise<void> {
  if (lead.version !== version) throw await versionConflict(db, lead.id);
}

/** What the move row keeps of the gate: the facts it was shown for the pool it entered. */
function evidenceRecord(
  to: Stage,
  evidence: MoveEvidence,
  changes: LeadUpdate,
  landing: LandingRecord,
): Record<string, unknown> {
  switch (to) {
    case 'reserve':
      return {};
    case 'negotiating':
      return { meetingCount: evidence.meetingCount };
    case 'signed':
      return {
        screeningVerdict: evidence.screeningVerdict,
        signedOn: changes.signedOn,
        signedAmountYuan: changes.signedAmountYuan,
        contractAttachmentId: changes.contractAttachmentId,
      };
    case 'landed':
      return {
        enterpriseId: changes.landedEnterpriseId,
        parcelId: changes.landedParcelId,
        buildingId: changes.landedBuildingId,
        ...landing,
      };
    case 'dropped':
      return { reason: evidence.reason };
  }
}

export async function moveLead(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  input: MoveInput,
  locale: Locale,
): Promise<LeadDetail> {
  const lead = await leadForWrite(trx, caller, id);
  await assertVersion(trx, lead, input.version);
  const refusal = moveRefusal(lead.stage, input.to);
  if (refusal) throw new AppError('lead.moveRefused', { reason: refusalText(locale, refusal) });
  const today = await zoneToday(ctx, trx, lead.zoneId);
  const { evidence, contractAttachmentId } = await checkGate(trx, lead, input, today, locale);
  const { newEnterpriseUscc } = await checkValues(trx, lead, input, today, locale);
  if (input.to === 'landed') {
    const errors = await landingSiteErrors(trx, caller, input, input.effectiveOn ?? today, locale);
    if (errors.length > 0) throw new AppError('validation.failed', { count: errors.length }, errors);
  }
  const before = await getLeadDetail(ctx, trx, caller.scope, id);

  const now = ctx.clock.now().toISOString();
  let effectiveOn = input.effectiveOn ?? today;
  let createdEnterpriseId: string | undefined;
  const changes: Omit<LeadUpdate, 'id' | 'version'> = { stage: input.to, updatedAt: now };
  switch (input.to) {
    case 'reserve':
    case 'negotiating':
      break;
    case 'signed':
      effectiveOn = evidence.signedOn ?? effectiveOn;
      changes.signedOn = evidence.signedOn;
      changes.signedAmountYuan = evidence.signedAmountYuan;
      changes.contractAttachmentId = contractAttachmentId;
      break;
    case 'landed': {
      if (input.newEnterprise && newEnterpriseUscc) {
        createdEnterpriseId = await createLandedEnterprise(ctx, trx, caller, lead, input, newEnterpriseUscc, locale);
      }
      changes.landedOn = effectiveOn;
      changes.landedEnterpriseId = input.enterpriseId ?? createdEnterpriseId ?? lead.landedEnterpriseId;
      changes.landedParcelId = input.parcelId ?? lead.landedParcelId;
      changes.landedBuildingId = input.buildingId ?? lead.landedBuildingId;
      break;
    }
    case 'dropped':
      changes.droppedReason = evidence.reason?.trim() ?? null;
      changes.droppedFromStage = lead.stage;
      break;
  }
  changes.stageEnteredOn = effectiveOn;

  if (!(await updateLeadAtVersion(trx, id, input.version, changes))) throw await versionConflict(trx, id);
  if (createdEnterpriseId) await auditLandedEnterprise(ctx, trx, caller, createdEnterpriseId);
  let landing: LandingRecord = {};
  if (input.to === 'landed' && changes.landedEnterpriseId) {
    landing = await settleLanding(
      ctx,
      trx,
      caller,
      lead,
      {
        enterpriseId: changes.landedEnterpriseId,
        created: createdEnterpriseId !== undefined,
        ...(input.parcelId ? { parcelId: input.parcelId } : {}),
        ...(input.buildingId ? { buildingId: input.buildingId } : {}),
        ...(input.buildingAreaM2 ? { areaM2: input.buildingAreaM2 } : {}),
      },
      effectiveOn,
    );
  }
  if (input.to === 'signed' && contractAttachmentId) await repo.markContract(trx, contractAttachmentId);
  await repo.insertMove(trx, {
    id: crypto.randomUUID(),
    zoneId: lead.zoneId,
    leadId: id,
    seq: input.version + 1,
    kind: input.to === 'dropped' ? 'drop' : 'forward',
    fromStage: lead.stage,
    toStage: input.to,
    effectiveOn,
    reason: input.reason?.trim() || null,
    evidence: JSON.stringify(evidenceRecord(input.to, evidence, changes, landing)),
    undoesMoveId: null,
    undone: 0,
    movedBy: caller.actor.id,
    movedAt: now,
    isDemo: 0,
  });
  const after = await getLeadDetail(ctx, trx, caller.scope, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'lead.move',
    entityType: 'lead',
    entityId: id,
    zoneId: lead.zoneId,
    before,
    after,
  });
  return after;
}

/** The evidence fields a move into `stage` set on the lead, cleared when that move is undone. */
function clearedBy(stage: Stage): Omit<LeadUpdate, 'id' | 'version'> {
  switch (stage) {
    case 'reserve':
    case 'negotiating':
      return {};
    case 'signed':
      return { signedOn: null, signedAmountYuan: null, contractAttachmentId: null };
    case 'landed':
      return { landedOn: null, landedEnterpriseId: null, landedParcelId: null, landedBuildingId: null };
    case 'dropped':
      return { droppedReason: null, droppedFromStage: null };
  }
}

/** A zone admin takes back the latest standing move (the route demands investment.undo). */
export async function undoMove(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  input: UndoInput,
): Promise<LeadDetail> {
  const lead = await findLeadRow(trx, caller.scope, id);
  if (!lead) throw notFound('lead');
  await assertVersion(trx, lead, input.version);
  const move = await repo.latestUndoableMove(trx, id);
  if (!move || move.toStage !== lead.stage) throw new AppError('lead.noMoveToUndo');
  const before = await getLeadDetail(ctx, trx, caller.scope, id);
  const today = await zoneToday(ctx, trx, lead.zoneId);
  const now = ctx.clock.now().toISOString();
  const restoredOn = (await repo.enteredStageOn(trx, id, move.fromStage, move.seq)) ?? lead.registeredOn;
  const changes = { ...clearedBy(move.toStage), stage: move.fromStage, stageEnteredOn: restoredOn, updatedAt: now };
  if (!(await updateLeadAtVersion(trx, id, input.version, changes))) throw await versionConflict(trx, id);
  await repo.markUndone(trx, move.id);
  if (move.toStage === 'landed') await unsettleLanding(ctx, trx, caller, JSON.parse(move.evidence));
  await repo.insertMove(trx, {
    id: crypto.randomUUID(),
    zoneId: lead.zoneId,
    leadId: id,
    seq: input.version + 1,
    kind: 'undo',
    fromStage: lead.stage,
    toStage: move.fromStage,
    effectiveOn: today,
    reason: input.reason,
    evidence: JSON.stringify({ undoneSeq: move.seq, undoneEvidence: JSON.parse(move.evidence) as unknown }),
    undoesMoveId: move.id,
    undone: 0,
    movedBy: caller.actor.id,
    movedAt: now,
    isDemo: 0,
  });
  const after = await getLeadDetail(ctx, trx, caller.scope, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'lead.undoMove',
    entityType: 'lead',
    entityId: id,
    zoneId: lead.zoneId,
    before,
    after,
  });
  return after;
}
