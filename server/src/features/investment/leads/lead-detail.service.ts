import { hasPermission } from '@zonehub/access';
import { leadReminders, missingEvidence, nextPool } from '@zonehub/investment-rules';
import type { Db } from '../../../db/database.js';
import type { AppContext, Scope } from '../../../http/context.js';
import { notFound } from '../../../http/errors.js';
import type { LeadRow } from '../investment.table.js';
import { mayWorkTaskForce } from '../lead-scope.js';
import { leadEvidence } from '../moves/move-evidence.repository.js';
import { loadSettings } from '../settings/settings.repository.js';
import { zoneToday } from '../zone-today.js';
import { findLeadRow, findSummaryRow } from './lead.repository.js';
import {
  type AttachmentMeta,
  type LeadDetail,
  type MoveView,
  type ScreeningView,
  toLeadSummary,
} from './lead.schema.js';
import { attachmentsOf, landedNames, movesOf, screeningsOf } from './lead-detail.repository.js';

const person = (id: string | null, name: string | null) => (id === null ? null : { id, name: name ?? '' });

function parseEvidence(json: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(json);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : {};
}

const num = (n: number | null) => (n === null ? null : Number(n));

/** A lead in scope as the lead page shows it (404 when the caller may not see it). */
export async function getLeadDetail(ctx: AppContext, db: Db, scope: Scope, id: string): Promise<LeadDetail> {
  const lead = await findLeadRow(db, scope, id);
  const summary = lead ? await findSummaryRow(db, scope, id) : undefined;
  if (!lead || !summary) throw notFound('lead');
  const today = await zoneToday(ctx, db, lead.zoneId);
  const settings = await loadSettings(db, lead.zoneId);
  const [names, screenings, attachments, moves, evidence] = [
    await landedNames(db, lead),
    await screeningsOf(db, id),
    await attachmentsOf(db, id),
    await movesOf(db, id),
    await leadEvidence(db, lead, today),
  ];
  const next = nextPool(lead.stage);
  return {
    ...toLeadSummary(summary, leadReminders(lead, today, settings.reminders)),
    ...detailFields(lead),
    ...names,
    screenings: screenings.map(
      (s): ScreeningView => ({
        id: s.id,
        verdict: s.verdict,
        reasons: s.reasons,
        conditions: s.conditions,
        decidedBy: s.decidedBy,
        decidedOn: s.decidedOn,
        recordedBy: person(s.recordedBy, s.recordedByName),
        createdAt: s.createdAt,
      }),
    ),
    attachments: attachments.map((a): AttachmentMeta => ({ ...a, sizeBytes: Number(a.sizeBytes) })),
    moves: moves.map(
      (m): MoveView => ({
        id: m.id,
        seq: Number(m.seq),
        kind: m.kind,
        fromStage: m.fromStage,
        toStage: m.toStage,
        effectiveOn: m.effectiveOn,
        reason: m.reason,
        evidence: parseEvidence(m.evidence),
        undone: Number(m.undone) === 1,
        undoesMoveId: m.undoesMoveId,
        movedBy: person(m.movedBy, m.movedByName),
        movedAt: m.movedAt,
      }),
    ),
    gate: { nextPool: next, missing: next === null ? [] : missingEvidence(next, evidence) },
    canUndo:
      hasPermission(scope.role, 'investment.undo') && moves.some((m) => Number(m.undone) === 0 && m.kind !== 'undo'),
    canEdit: hasPermission(scope.role, 'investment.manage') && mayWorkTaskForce(scope, lead.taskForceId),
  };
}

function detailFields(lead: LeadRow) {
  return {
    investorUscc: lead.investorUscc,
    expectedOutputYuan: num(lead.expectedOutputYuan),
    expectedTaxYuan: num(lead.expectedTaxYuan),
    expectedJobs: lead.expectedJobs === null ? null : Number(lead.expectedJobs),
    landDemandMu: num(lead.landDemandMu),
    energyDemandTce: num(lead.energyDemandTce),
    sourcePerson: lead.sourcePerson,
    description: lead.description,
    contractAttachmentId: lead.contractAttachmentId,
    landedEnterpriseId: lead.landedEnterpriseId,
    landedParcelId: lead.landedParcelId,
    landedBuildingId: lead.landedBuildingId,
    droppedReason: lead.droppedReason,
    droppedFromStage: lead.droppedFromStage,
    projectId: lead.projectId,
    createdAt: lead.createdAt,
  };
}
