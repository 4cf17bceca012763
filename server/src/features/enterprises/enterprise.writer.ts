import type { Db } from '../../db/database.js';
import type { EnterpriseUpdate, NewEnterprise } from './enterprise.table.js';
import { nameKeys } from './enterprise-names.js';
import { searchKeys } from './enterprise-search-keys.js';

/**
 * The one way enterprises are written. Every insert and update goes through here so that the derived
 * columns (name_pinyin, name_initials) and the search index (enterprise_search and its grams; on
 * SQLite the FTS5 table follows enterprise_search by triggers) never fall out of step with the name.
 * Callers pass a transaction; none of this records audit entries (the services do).
 */
export type EnterpriseInput = Omit<NewEnterprise, 'namePinyin' | 'nameInitials'>;
export type EnterpriseChanges = Omit<EnterpriseUpdate, 'id' | 'zoneId' | 'namePinyin' | 'nameInitials'>;

/** Rows per multi-row insert: stays under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500;

export function parseFormerNames(json: string | null | undefined): string[] {
  if (!json) return [];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
}

interface Indexed {
  id: string;
  zoneId: string;
  name: string;
  formerNames?: string | null | undefined;
  uscc: string;
}

async function writeIndex(trx: Db, rows: readonly Indexed[]): Promise<void> {
  const searchRows: { enterpriseId: string; zoneId: string; body: string }[] = [];
  const gramRows: { zoneId: string; gram: string; enterpriseId: string }[] = [];
  for (const row of rows) {
    const keys = searchKeys(row.name, parseFormerNames(row.formerNames), row.uscc);
    searchRows.push({ enterpriseId: row.id, zoneId: row.zoneId, body: keys.body });
    for (const gram of keys.grams) gramRows.push({ zoneId: row.zoneId, gram, enterpriseId: row.id });
  }
  for (let i = 0; i < searchRows.length; i += CHUNK) {
    await trx
      .insertInto('enterpriseSearch')
      .values(searchRows.slice(i, i + CHUNK))
      .execute();
  }
  for (let i = 0; i < gramRows.length; i += CHUNK * 2) {
    await trx
      .insertInto('enterpriseSearchGrams')
      .values(gramRows.slice(i, i + CHUNK * 2))
      .execute();
  }
}

const withKeys = (row: EnterpriseInput): NewEnterprise => ({ ...row, ...nameKeys(row.name) });

/** Inserts one enterprise with its name keys and search index. */
export async function insertEnterprise(trx: Db, row: EnterpriseInput): Promise<void> {
  await insertEnterprises(trx, [row]);
}

/** Inserts many in multi-row statements (imports, demo data). */
export async function insertEnterprises(trx: Db, rows: readonly EnterpriseInput[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK / 2) {
    await trx
      .insertInto('enterprises')
      .values(rows.slice(i, i + CHUNK / 2).map(withKeys))
      .execute();
  }
  await writeIndex(trx, rows);
}

/** Updates one enterprise; when its name, former names or code change, rebuilds its index entry. */
export async function updateEnterprise(trx: Db, id: string, changes: EnterpriseChanges): Promise<void> {
  const keys = changes.name === undefined ? {} : nameKeys(changes.name);
  await trx
    .updateTable('enterprises')
    .set({ ...changes, ...keys })
    .where('id', '=', id)
    .execute();
  if (changes.name === undefined && changes.formerNames === undefined && changes.uscc === undefined) return;
  const row = await trx
    .selectFrom('enterprises')
    .select(['id', 'zoneId', 'name', 'formerNames', 'uscc'])
    .where('id', '=', id)
    .executeTakeFirst();
  await trx.deleteFrom('enterpriseSearch').where('enterpriseId', '=', id).execute();
  await trx.deleteFrom('enterpriseSearchGrams').where('enterpriseId', '=', id).execute();
  if (row) await writeIndex(trx, [row]);
}
