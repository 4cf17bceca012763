import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { FourAboveThresholdRow, FourAboveThresholdTable } from './enterprise.table.js';

export function listThresholds(db: Db): Promise<FourAboveThresholdRow[]> {
  return db
    .selectFrom('fourAboveThresholds')
    .selectAll()
    .orderBy('sector')
    .orderBy('subsector')
    .orderBy('effectiveFromYear', 'desc')
    .execute();
}

export async function thresholdExists(db: Db, subsector: string, effectiveFromYear: number): Promise<boolean> {
  const row = await db
    .selectFrom('fourAboveThresholds')
    .select('id')
    .where('subsector', '=', subsector)
    .where('effectiveFromYear', '=', effectiveFromYear)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertThreshold(db: Db, row: Insertable<FourAboveThresholdTable>): Promise<void> {
  await db.insertInto('fourAboveThresholds').values(row).execute();
}
