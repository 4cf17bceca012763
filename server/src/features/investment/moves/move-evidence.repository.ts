import type { MoveEvidence, ScreeningVerdict } from '@zonehub/investment-rules';
import type { Db } from '../../../db/database.js';
import type { LeadRow } from '../investment.table.js';

/** Activity kinds that count as a recorded meeting with the investor (the negotiating gate). */
export const MEETING_KINDS = ['meeting', 'inboundVisit', 'outboundVisit'] as const;

/**
 * What a lead already has toward the gates, read from its activities, screenings and attachments.
 * A move's own body (signing date, amount, contract, enterprise, site, reason) is laid over this by
 * the move service; the lead page shows the gate to the next pool from this alone.
 */
export async function leadEvidence(db: Db, lead: LeadRow, today: string): Promise<MoveEvidence> {
  const meetings = await db
    .selectFrom('leadActivities')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('leadId', '=', lead.id)
    .where('kind', 'in', MEETING_KINDS)
    .where('happenedOn', '<=', today)
    .executeTakeFirstOrThrow();
  const screening = await db
    .selectFrom('leadAccessScreenings')
    .select('verdict')
    .where('leadId', '=', lead.id)
    .orderBy('decidedOn', 'desc')
    .orderBy('createdAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  const contract = await db
    .selectFrom('leadAttachments')
    .select('id')
    .where('leadId', '=', lead.id)
    .where('kind', '=', 'contract')
    .limit(1)
    .executeTakeFirst();
  return {
    meetingCount: Number(meetings.n),
    signedOn: lead.signedOn,
    signedAmountYuan: lead.signedAmountYuan,
    hasContractDocument: lead.contractAttachmentId !== null || contract !== undefined,
    screeningVerdict: (screening?.verdict as ScreeningVerdict | undefined) ?? null,
    hasEnterprise: lead.landedEnterpriseId !== null,
    hasSite: lead.landedParcelId !== null || lead.landedBuildingId !== null,
    reason: null,
  };
}

/** The newest attachment marked as the contract, for a signing move that names none itself. */
export async function latestContractAttachmentId(db: Db, leadId: string): Promise<string | null> {
  const row = await db
    .selectFrom('leadAttachments')
    .select('id')
    .where('leadId', '=', leadId)
    .where('kind', '=', 'contract')
    .orderBy('createdAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}
