import type { Stage } from '@zonehub/investment-rules';
import type { Db } from '../../../db/database.js';
import type { LeadStageMoveRow, LeadStageMoveTable } from '../investment.table.js';

export async function insertMove(trx: Db, row: LeadStageMoveTable): Promise<void> {
  await trx.insertInto('leadStageMoves').values(row).execute();
}

/** The latest move that an undo may take back: not undone, and not itself an undo. */
export function latestUndoableMove(db: Db, leadId: string): Promise<LeadStageMoveRow | undefined> {
  return db
    .selectFrom('leadStageMoves')
    .selectAll()
    .where('leadId', '=', leadId)
    .where('undone', '=', 0)
    .where('kind', '!=', 'undo')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** When the lead last entered `stage` by a standing move before `beforeSeq` (null: it never moved there). */
export async function enteredStageOn(db: Db, leadId: string, stage: Stage, beforeSeq: number): Promise<string | null> {
  const row = await db
    .selectFrom('leadStageMoves')
    .select('effectiveOn')
    .where('leadId', '=', leadId)
    .where('toStage', '=', stage)
    .where('kind', '!=', 'undo')
    .where('undone', '=', 0)
    .where('seq', '<', beforeSeq)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.effectiveOn ?? null;
}

export async function markUndone(trx: Db, moveId: string): Promise<void> {
  await trx.updateTable('leadStageMoves').set({ undone: 1 }).where('id', '=', moveId).execute();
}

export function attachmentOfLead(db: Db, leadId: string, attachmentId: string) {
  return db
    .selectFrom('leadAttachments')
    .select(['id', 'kind'])
    .where('id', '=', attachmentId)
    .where('leadId', '=', leadId)
    .executeTakeFirst();
}

export async function markContract(trx: Db, attachmentId: string): Promise<void> {
  await trx.updateTable('leadAttachments').set({ kind: 'contract' }).where('id', '=', attachmentId).execute();
}

export type ZoneTable = 'enterprises' | 'parcels' | 'factoryBuildings' | 'parks';

/** Whether a row of a registry table belongs to the zone (links must never cross zones). */
export async function inZone(db: Db, table: ZoneTable, zoneId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom(table)
    .select('id')
    .where('id', '=', id)
    .where('zoneId', '=', zoneId)
    .executeTakeFirst();
  return row !== undefined;
}
