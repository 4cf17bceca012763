import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { dialectOf } from '../../db/dialect-of.js';
import type { EnterpriseUpdate, NewEnterprise } from './enterprise.table.js';
import { type NameKeys, nameKeys } from './enterprise-names.js';
import type { EnterpriseSearchGramTable } from './enterprise-search.table.js';
import { searchKeys } from './enterprise-search-keys.js';

/**
 * The one way enterprises are written. Every insert and update goes through here so that the derived
 * columns (name_pinyin, name_initials) and the search index (enterprise_search and its grams; on
 * SQLite the FTS5 table follows enterprise_search by triggers) never fall out of step with the name.
 * Callers pass a transaction; none of this records audit entries (the services do).
 */
export type EnterpriseInput = Omit<NewEnterprise, 'namePinyin' | 'nameInitials'>;
export type EnterpriseChanges = Omit<EnterpriseUpdate, 'id' | 'zoneId' | 'namePinyin' | 'nameInitials' | 'version'>;

/** Rows per multi-row insert: stays under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500;
/** Gram rows per SQLite statement: 3 parameters each, well under its 32,766. */
const SQLITE_GRAM_CHUNK = 5_000;

export function parseFormerNames(json: string | null | undefined): string[] {
  if (!json) return [];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
}

/** What the index is built from: the name's keys come along, computed once (pinyin is not cheap). */
interface Indexed extends NameKeys {
  id: string;
  zoneId: string;
  name: string;
  formerNames?: string | null | undefined;
  uscc: string;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Grams are most of what an import writes (about 30 per enterprise). PostgreSQL takes them as three
 * arrays unnested in one statement (3 parameters, not 3 per row); SQLite in large multi-row chunks.
 */
async function insertGrams(trx: Db, unsorted: readonly EnterpriseSearchGramTable[]): Promise<void> {
  if (unsorted.length === 0) return;
  // In primary-key order the index takes them as a walk along its pages, not at random (about half
  // the time on PostgreSQL); the order only needs to be close, so UTF-16 order does.
  const rows = [...unsorted].sort(
    (a, b) => compare(a.zoneId, b.zoneId) || compare(a.gram, b.gram) || compare(a.enterpriseId, b.enterpriseId),
  );
  if (dialectOf(trx) === 'postgres') {
    await sql`insert into enterprise_search_grams (zone_id, gram, enterprise_id)
      select * from unnest(${rows.map((r) => r.zoneId)}::text[], ${rows.map((r) => r.gram)}::text[],
        ${rows.map((r) => r.enterpriseId)}::text[])`.execute(trx);
    return;
  }
  for (let i = 0; i < rows.length; i += SQLITE_GRAM_CHUNK) {
    await trx
      .insertInto('enterpriseSearchGrams')
      .values(rows.slice(i, i + SQLITE_GRAM_CHUNK))
      .execute();
  }
}

async function writeIndex(trx: Db, rows: readonly Indexed[]): Promise<void> {
  const searchRows: { enterpriseId: string; zoneId: string; body: string }[] = [];
  const gramRows: EnterpriseSearchGramTable[] = [];
  for (const row of rows) {
    const keys = searchKeys(row.name, parseFormerNames(row.formerNames), row.uscc, row);
    searchRows.push({ enterpriseId: row.id, zoneId: row.zoneId, body: keys.body });
    for (const gram of keys.grams) gramRows.push({ zoneId: row.zoneId, gram, enterpriseId: row.id });
  }
  for (let i = 0; i < searchRows.length; i += CHUNK) {
    await trx
      .insertInto('enterpriseSearch')
      .values(searchRows.slice(i, i + CHUNK))
      .execute();
  }
  await insertGrams(trx, gramRows);
}

/** Inserts one enterprise with its name keys and search index. */
export async function insertEnterprise(trx: Db, row: EnterpriseInput): Promise<void> {
  await insertEnterprises(trx, [row]);
}

/**
 * Inserts many in multi-row statements (imports, demo data). `indexZoneId`: the zone their search
 * index is written for when the rows go into an import's staging zone first (staging-zone.repository.ts).
 */
export async function insertEnterprises(
  trx: Db,
  rows: readonly EnterpriseInput[],
  options: { indexZoneId?: string } = {},
): Promise<void> {
  // Pinyin once per name, for the columns and for the index alike.
  const withKeys = rows.map((row): NewEnterprise & NameKeys => ({ ...row, ...nameKeys(row.name) }));
  for (let i = 0; i < withKeys.length; i += CHUNK / 2) {
    await trx
      .insertInto('enterprises')
      .values(withKeys.slice(i, i + CHUNK / 2))
      .execute();
  }
  const indexZoneId = options.indexZoneId;
  await writeIndex(trx, indexZoneId ? withKeys.map((row) => ({ ...row, zoneId: indexZoneId })) : withKeys);
}

/**
 * Updates one enterprise and raises its version; when its name, former names or code change, rebuilds
 * its index entry. With `ifVersion` it writes only if the record is still at that version and says
 * whether it did (false: someone saved in between, nothing was written).
 */
export async function updateEnterprise(
  trx: Db,
  id: string,
  changes: EnterpriseChanges,
  ifVersion?: number,
): Promise<boolean> {
  const keys = changes.name === undefined ? {} : nameKeys(changes.name);
  const result = await trx
    .updateTable('enterprises')
    .set((eb) => ({ ...changes, ...keys, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .$if(ifVersion !== undefined, (q) => q.where('version', '=', ifVersion ?? 0))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  if (changes.name === undefined && changes.formerNames === undefined && changes.uscc === undefined) return true;
  const row = await trx
    .selectFrom('enterprises')
    .select(['id', 'zoneId', 'name', 'formerNames', 'uscc'])
    .where('id', '=', id)
    .executeTakeFirst();
  await trx.deleteFrom('enterpriseSearch').where('enterpriseId', '=', id).execute();
  await trx.deleteFrom('enterpriseSearchGrams').where('enterpriseId', '=', id).execute();
  if (row) await writeIndex(trx, [{ ...row, ...nameKeys(row.name) }]);
  return true;
}
