import type { Db } from '../../db/database.js';
import type { CalendarOverrideTable } from './project.table.js';

/** The zone's RAG settings and working-calendar corrections. */
export const DEFAULT_SETTINGS = { amberWorkdays: 5, escalateAfterWorkdays: 3 } as const;

export async function findSettings(db: Db, zoneId: string) {
  const row = await db
    .selectFrom('projectSettings')
    .select(['amberWorkdays', 'escalateAfterWorkdays', 'updatedBy', 'updatedAt'])
    .where('zoneId', '=', zoneId)
    .executeTakeFirst();
  return {
    amberWorkdays: Number(row?.amberWorkdays ?? DEFAULT_SETTINGS.amberWorkdays),
    escalateAfterWorkdays: Number(row?.escalateAfterWorkdays ?? DEFAULT_SETTINGS.escalateAfterWorkdays),
    updatedAt: row?.updatedAt ?? null,
  };
}

export async function upsertSettings(
  db: Db,
  row: {
    zoneId: string;
    amberWorkdays: number;
    escalateAfterWorkdays: number;
    updatedBy: string | null;
    updatedAt: string;
  },
): Promise<void> {
  await db
    .insertInto('projectSettings')
    .values(row)
    .onConflict((oc) =>
      oc.column('zoneId').doUpdateSet({
        amberWorkdays: row.amberWorkdays,
        escalateAfterWorkdays: row.escalateAfterWorkdays,
        updatedBy: row.updatedBy,
        updatedAt: row.updatedAt,
      }),
    )
    .execute();
}

export function listOverrides(db: Db, zoneId: string) {
  return db
    .selectFrom('calendarOverrides')
    .select(['day', 'kind', 'name'])
    .where('zoneId', '=', zoneId)
    .orderBy('day')
    .execute();
}

export function findOverride(db: Db, zoneId: string, day: string) {
  return db
    .selectFrom('calendarOverrides')
    .select(['day', 'kind', 'name'])
    .where('zoneId', '=', zoneId)
    .where('day', '=', day)
    .executeTakeFirst();
}

export async function upsertOverride(db: Db, row: CalendarOverrideTable): Promise<void> {
  await db
    .insertInto('calendarOverrides')
    .values(row)
    .onConflict((oc) => oc.columns(['zoneId', 'day']).doUpdateSet({ kind: row.kind, name: row.name }))
    .execute();
}

export async function deleteOverride(db: Db, zoneId: string, day: string): Promise<void> {
  await db.deleteFrom('calendarOverrides').where('zoneId', '=', zoneId).where('day', '=', day).execute();
}
