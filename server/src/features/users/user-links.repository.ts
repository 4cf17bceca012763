import type { Db } from '../../db/database.js';

export async function countParksInZone(db: Db, zoneId: string, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('parks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('zoneId', '=', zoneId)
    .where('id', 'in', [...ids])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function enterpriseInZone(db: Db, zoneId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('enterprises')
    .select('id')
    .where('zoneId', '=', zoneId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}
