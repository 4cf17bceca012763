import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/database.js';

/**
 * Staging zones: where a large import writes its new enterprises, chunk by chunk, before they are
 * switched into their real zone in one short statement. No user belongs to a staging zone and none
 * is ever listed, so the data scope that keeps zones apart keeps staged rows out of every read
 * (lists, search, counts, exports, ids) without a filter of their own. Ids and codes start with
 * `import:`; removing one removes what was staged in it (foreign keys cascade).
 */
export const STAGING_ZONE_PREFIX = 'import:';

export const stagingZoneOf = (importJobId: string) => `${STAGING_ZONE_PREFIX}${importJobId}`;

/** For a WHERE on zones: leaves staging zones out (`column` is the zone id, qualified when joined). */
export function notStaging(column: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} not like ${`${STAGING_ZONE_PREFIX}%`}`;
}

export async function openStagingZone(db: Db, id: string, now: string): Promise<void> {
  await db
    .insertInto('zones')
    .values({ id, code: id, name: id, timezone: 'Asia/Shanghai', isDemo: 0, createdAt: now, updatedAt: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** Moves every row staged in `stagingId` into `zoneId` (inside the caller's transaction) and drops the staging zone. */
export async function revealStagingZone(trx: Db, stagingId: string, zoneId: string): Promise<number> {
  const moved = await trx.updateTable('enterprises').set({ zoneId }).where('zoneId', '=', stagingId).executeTakeFirst();
  await trx.updateTable('enterpriseClassifications').set({ zoneId }).where('zoneId', '=', stagingId).execute();
  await trx.deleteFrom('zones').where('id', '=', stagingId).execute();
  return Number(moved.numUpdatedRows);
}

/** Staged credit codes that meanwhile exist in the real zone, with the name they have there. */
export async function stagedCodesTaken(trx: Db, stagingId: string, zoneId: string) {
  return trx
    .selectFrom('enterprises as staged')
    .innerJoin('enterprises as taken', (join) =>
      join.onRef('taken.uscc', '=', 'staged.uscc').on('taken.zoneId', '=', zoneId),
    )
    .select(['staged.uscc', 'taken.name'])
    .where('staged.zoneId', '=', stagingId)
    .execute();
}

/**
 * Removes a staging zone and what was staged in it, `chunk` enterprises per statement so that even
 * this never holds the writer long; the zone row goes last (a crash midway leaves it to retry).
 */
export async function discardStagingZone(db: Db, stagingId: string, chunk: number, pause: () => Promise<void>) {
  for (;;) {
    const result = await db
      .deleteFrom('enterprises')
      .where('id', 'in', (eb) => eb.selectFrom('enterprises').select('id').where('zoneId', '=', stagingId).limit(chunk))
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) break;
    await pause();
  }
  await db.deleteFrom('zones').where('id', '=', stagingId).execute();
}

/** Staging zones left behind (a process stopped mid-import), by id. */
export async function stagingZoneIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('zones').select('id').where('id', 'like', `${STAGING_ZONE_PREFIX}%`).execute();
  return rows.map((r) => r.id);
}
