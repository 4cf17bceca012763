import type { Db } from '../../../db/database.js';
import type { LeadAccessScreeningTable } from '../investment.table.js';
import type { ScreeningRowWithRecorder } from './move.schema.js';

export async function insertScreening(trx: Db, row: LeadAccessScreeningTable): Promise<void> {
  await trx.insertInto('leadAccessScreenings').values(row).execute();
}

export function findScreening(db: Db, id: string): Promise<ScreeningRowWithRecorder | undefined> {
  return db
    .selectFrom('leadAccessScreenings')
    .leftJoin('users', 'users.id', 'leadAccessScreenings.recordedBy')
    .selectAll('leadAccessScreenings')
    .select('users.displayName as recorderName')
    .where('leadAccessScreenings.id', '=', id)
    .executeTakeFirst();
}

/** A screening changes the lead's gate: the lead shows as changed, without a new version (not an edit). */
export async function touchLead(trx: Db, leadId: string, now: string): Promise<void> {
  await trx.updateTable('leads').set({ updatedAt: now }).where('id', '=', leadId).execute();
}
