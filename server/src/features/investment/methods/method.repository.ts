import type { Db } from '../../../db/database.js';
import { isUniqueViolation } from '../../../db/unique-violation.js';
import { AppError } from '../../../http/errors.js';
import type { InvestmentMethodTable } from '../investment.table.js';

export interface MethodRow {
  id: string;
  name: string;
  sortOrder: number;
  active: number;
  leadCount: number;
}

const withLeadCount = (db: Db, zoneId: string) =>
  db
    .selectFrom('investmentMethods as m')
    .leftJoin('leads as l', 'l.methodId', 'm.id')
    .select(['m.id', 'm.name', 'm.sortOrder', 'm.active', (eb) => eb.fn.count<string | number>('l.id').as('leadCount')])
    .where('m.zoneId', '=', zoneId)
    .groupBy(['m.id', 'm.name', 'm.sortOrder', 'm.active']);

const toRow = (r: { id: string; name: string; sortOrder: number; active: number; leadCount: string | number }) => ({
  ...r,
  sortOrder: Number(r.sortOrder),
  active: Number(r.active),
  leadCount: Number(r.leadCount),
});

/** The zone's promotion methods in their order, each with how many leads use it. */
export async function listMethods(db: Db, zoneId: string): Promise<MethodRow[]> {
  const rows = await withLeadCount(db, zoneId).orderBy('m.sortOrder').orderBy('m.name').execute();
  return rows.map(toRow);
}

export async function findMethod(db: Db, zoneId: string, id: string): Promise<MethodRow | undefined> {
  const row = await withLeadCount(db, zoneId).where('m.id', '=', id).executeTakeFirst();
  return row ? toRow(row) : undefined;
}

export async function methodIdByName(db: Db, zoneId: string, name: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('investmentMethods')
    .select('id')
    .where('zoneId', '=', zoneId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.id;
}

export async function nextSortOrder(db: Db, zoneId: string): Promise<number> {
  const row = await db
    .selectFrom('investmentMethods')
    .select((eb) => eb.fn.max('sortOrder').as('last'))
    .where('zoneId', '=', zoneId)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

/** Two people adding the same name at once: the zone+name constraint catches the second. */
const nameTaken = (name: string | undefined) => (error: unknown) => {
  if (isUniqueViolation(error)) throw new AppError('investment.methodNameTaken', { name: name ?? '' });
  throw error;
};

export async function insertMethod(db: Db, values: InvestmentMethodTable): Promise<void> {
  await db.insertInto('investmentMethods').values(values).execute().catch(nameTaken(values.name));
}

export async function updateMethod(
  db: Db,
  zoneId: string,
  id: string,
  changes: Partial<Pick<InvestmentMethodTable, 'name' | 'sortOrder' | 'active'>> & { updatedAt: string },
): Promise<void> {
  await db
    .updateTable('investmentMethods')
    .set(changes)
    .where('zoneId', '=', zoneId)
    .where('id', '=', id)
    .execute()
    .catch(nameTaken(changes.name));
}

export async function deleteMethod(db: Db, zoneId: string, id: string): Promise<void> {
  await db.deleteFrom('investmentMethods').where('zoneId', '=', zoneId).where('id', '=', id).execute();
}
