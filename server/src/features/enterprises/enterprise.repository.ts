import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import { inScope } from '../../db/scope-filter.js';
import type { Scope } from '../../http/context.js';
import type { EnterpriseDetailRow } from './enterprise.schema.js';
import type {
  EnterpriseClassificationRow,
  EnterpriseClassificationTable,
  EnterpriseContactRow,
  EnterpriseContactTable,
} from './enterprise.table.js';

/** One enterprise the caller may see, with its park and industry names; undefined when out of scope. */
export async function findEnterprise(db: Db, scope: Scope, id: string): Promise<EnterpriseDetailRow | undefined> {
  return db
    .selectFrom('enterprises')
    .leftJoin('parks', 'parks.id', 'enterprises.parkId')
    .leftJoin('industryCodes', 'industryCodes.code', 'enterprises.industryCode')
    .selectAll('enterprises')
    .select(['parks.name as parkName', 'industryCodes.name as industryName'])
    .where('enterprises.id', '=', id)
    .where(inScope(scope, { zone: 'enterprises.zoneId', park: 'enterprises.parkId', enterprise: 'enterprises.id' }))
    .executeTakeFirst();
}

/** The enterprise of the zone holding a credit code, whoever may see it (a duplicate is a duplicate). */
export async function findByUscc(db: Db, zoneId: string, uscc: string, exceptId?: string) {
  return db
    .selectFrom('enterprises')
    .select(['id', 'name'])
    .where('zoneId', '=', zoneId)
    .where('uscc', '=', uscc)
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId ?? ''))
    .executeTakeFirst();
}

export async function parkInZone(db: Db, zoneId: string, parkId: string): Promise<boolean> {
  const row = await db
    .selectFrom('parks')
    .select('id')
    .where('id', '=', parkId)
    .where('zoneId', '=', zoneId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function industryExists(db: Db, code: string): Promise<boolean> {
  const row = await db.selectFrom('industryCodes').select('code').where('code', '=', code).executeTakeFirst();
  return row !== undefined;
}

export function listContacts(db: Db, enterpriseId: string): Promise<EnterpriseContactRow[]> {
  return db
    .selectFrom('enterpriseContacts')
    .selectAll()
    .where('enterpriseId', '=', enterpriseId)
    .orderBy('isPrimary', 'desc')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export function findContact(db: Db, enterpriseId: string, id: string) {
  return db
    .selectFrom('enterpriseContacts')
    .selectAll()
    .where('enterpriseId', '=', enterpriseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertContact(db: Db, row: Insertable<EnterpriseContactTable>): Promise<void> {
  await db.insertInto('enterpriseContacts').values(row).execute();
}

export async function updateContact(db: Db, id: string, changes: Updateable<EnterpriseContactTable>): Promise<void> {
  await db.updateTable('enterpriseContacts').set(changes).where('id', '=', id).execute();
}

export async function deleteContact(db: Db, id: string): Promise<void> {
  await db.deleteFrom('enterpriseContacts').where('id', '=', id).execute();
}

/** Only one primary contact: clears the flag on the others. */
export async function clearPrimary(db: Db, enterpriseId: string, exceptId: string): Promise<void> {
  await db
    .updateTable('enterpriseContacts')
    .set({ isPrimary: 0 })
    .where('enterpriseId', '=', enterpriseId)
    .where('id', '!=', exceptId)
    .execute();
}

export function listClassifications(db: Db, enterpriseId: string): Promise<EnterpriseClassificationRow[]> {
  return db
    .selectFrom('enterpriseClassifications')
    .selectAll()
    .where('enterpriseId', '=', enterpriseId)
    .orderBy('year', 'desc')
    .orderBy('kind')
    .execute();
}

export function findClassification(db: Db, enterpriseId: string, id: string) {
  return db
    .selectFrom('enterpriseClassifications')
    .selectAll()
    .where('enterpriseId', '=', enterpriseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function classificationTaken(db: Db, enterpriseId: string, kind: string, year: number) {
  const row = await db
    .selectFrom('enterpriseClassifications')
    .select('id')
    .where('enterpriseId', '=', enterpriseId)
    .where('kind', '=', kind as EnterpriseClassificationRow['kind'])
    .where('year', '=', year)
    .executeTakeFirst();
  return row?.id;
}

export async function insertClassifications(
  db: Db,
  rows: readonly Insertable<EnterpriseClassificationTable>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('enterpriseClassifications')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

export async function deleteClassification(db: Db, id: string): Promise<void> {
  await db.deleteFrom('enterpriseClassifications').where('id', '=', id).execute();
}
