import { randomUUID } from 'node:crypto';
import { DEFAULT_METHODS } from '@zonehub/investment-rules';
import type { Db } from '../../../db/database.js';

/** Gives a new zone the default promotion methods (the zone then edits its own list). */
export async function insertDefaultMethods(db: Db, zoneId: string, now: string): Promise<void> {
  await db
    .insertInto('investmentMethods')
    .values(
      DEFAULT_METHODS.map((name, i) => ({
        id: randomUUID(),
        zoneId,
        name,
        sortOrder: i,
        active: 1,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .execute();
}
