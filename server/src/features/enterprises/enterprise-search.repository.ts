import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { dialectOf } from '../../db/dialect-of.js';
import { inScope } from '../../db/scope-filter.js';
import type { Scope } from '../../http/context.js';
import type { ClassificationKind, EnterpriseStatus, FourAboveSector, SrdiLevel } from './enterprise.table.js';
import { GRAM_RANGE_TOP, MAX_GRAM, normalizeSearchText } from './enterprise-search-keys.js';

export const ENTERPRISE_SORTS = [
  'name',
  'uscc',
  'foundedOn',
  'registeredCapitalYuan',
  'employees',
  'createdAt',
] as const;
export type EnterpriseSort = (typeof ENTERPRISE_SORTS)[number];

export interface EnterpriseSearchFilter {
  /** Any part of the name or a former name (1+ characters), full pinyin or initials, or credit code. */
  q?: string | undefined;
  parkId?: string | undefined;
  /** Any level: a section letter or 2/3/4 digits; matches the code and everything under it. */
  industryCode?: string | undefined;
  classification?: ClassificationKind | undefined;
  classificationYear?: number | undefined;
  status?: EnterpriseStatus | undefined;
  sort: EnterpriseSort;
  order: 'asc' | 'desc';
}

export interface ClassificationSummary {
  kind: ClassificationKind;
  year: number;
  sector: FourAboveSector | null;
  level: SrdiLevel | null;
}

export interface EnterpriseListRow {
  id: string;
  uscc: string;
  name: string;
  parkId: string | null;
  parkName: string | null;
  status: EnterpriseStatus;
  industryCode: string | null;
  industryName: string | null;
  legalRepresentative: string | null;
  registeredCapitalYuan: number | null;
  foundedOn: string | null;
  employees: number | null;
  /** The latest year of each kind the enterprise holds. */
  classifications: ClassificationSummary[];
}

/** Credit codes are digits and capitals (GB 32100-2015), in this order under any collation. */
const CODE_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The first string after every code starting with `prefix` (null: none is), e.g. 91 → 92, 9Z → A. */
function codePrefixEnd(prefix: string): string | null {
  for (let i = prefix.length - 1; i >= 0; i--) {
    const next = CODE_ALPHABET[CODE_ALPHABET.indexOf(prefix.charAt(i)) + 1];
    if (next) return `${prefix.slice(0, i)}${next}`;
  }
  return null;
}

/**
 * Enterprises whose credit code starts with a 1–2 character term, as a range of the (zone_id, uscc)
 * unique index. The grams hold names and initials only; the trigram index finds a code's longer
 * pieces, so without this "91" (企业) or "92" (个体工商户) found nothing. The bounds stay inside the
 * code alphabet, whose order every collation agrees on.
 */
function codePrefixIds(scope: Scope, term: string) {
  const prefix = term.toUpperCase();
  if (!/^[0-9A-Z]{1,2}$/.test(prefix)) return null;
  const end = codePrefixEnd(prefix);
  return sql`select e.id from enterprises e where e.zone_id = ${scope.zoneId} and e.uscc >= ${prefix}${
    end === null ? sql`` : sql` and e.uscc < ${end}`
  }`;
}

/**
 * The enterprises whose search keys contain the term, as an indexed sub-select: the gram table for
 * 1–2 characters (a prefix range for 1) with the credit codes starting with them, the trigram index
 * for longer terms (FTS5 on SQLite, pg_trgm GIN on PostgreSQL), which covers codes too.
 * Both trigram paths match substrings literally: FTS5 phrase quotes, LIKE with escaped wildcards.
 */
function matching(db: Db, scope: Scope, term: string): Expression<SqlBool> {
  const length = [...term].length;
  if (length <= MAX_GRAM) {
    // Length 1: every gram starting with the character (see searchKeys), one index range, several
    // rows per enterprise; IN counts each once (a DISTINCT here measured slower on PostgreSQL).
    const grams =
      length === 1
        ? sql`select g.enterprise_id from enterprise_search_grams g
          where g.zone_id = ${scope.zoneId} and g.gram >= ${term} and g.gram < ${term + GRAM_RANGE_TOP}`
        : sql`select g.enterprise_id from enterprise_search_grams g
          where g.zone_id = ${scope.zoneId} and g.gram = ${term}`;
    const codes = codePrefixIds(scope, term);
    return codes === null
      ? sql<SqlBool>`enterprises.id in (${grams})`
      : sql<SqlBool>`enterprises.id in (${grams} union all ${codes})`;
  }
  if (dialectOf(db) === 'sqlite') {
    const phrase = `"${term.replace(/"/g, '""')}"`;
    return sql<SqlBool>`enterprises.id in (select s.enterprise_id from enterprise_search s
      where s.id in (select rowid from enterprise_search_fts where enterprise_search_fts match ${phrase}))`;
  }
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`enterprises.id in (select s.enterprise_id from enterprise_search s
    where s.body like ${pattern} escape '\\' and s.zone_id = ${scope.zoneId})`;
}

/** A section letter matches through industry_codes.section; digits match as a code prefix (an index range). */
function underIndustry(code: string): Expression<SqlBool> {
  if (/^[A-Za-z]$/.test(code)) {
    return sql<SqlBool>`enterprises.industry_code in (select ic.code from industry_codes ic
      where ic.section = ${code.toUpperCase()})`;
  }
  // Codes are digits only, so every code starting with the prefix sorts below prefix + '~'.
  return sql<SqlBool>`(enterprises.industry_code >= ${code} and enterprises.industry_code < ${`${code}~`})`;
}

function filtered(db: Db, scope: Scope, filter: EnterpriseSearchFilter) {
  const term = filter.q ? normalizeSearchText(filter.q) : '';
  const cols = { zone: 'enterprises.zoneId', park: 'enterprises.parkId', enterprise: 'enterprises.id' };
  // With a term on SQLite, keep the planner off the zone indexes so the indexed matches drive the query.
  const zoneUnindexed = term !== '' && dialectOf(db) === 'sqlite';
  let query = db.selectFrom('enterprises').where(inScope(scope, { ...cols, zoneUnindexed }));
  if (term) query = query.where(matching(db, scope, term));
  if (filter.parkId) query = query.where('enterprises.parkId', '=', filter.parkId);
  if (filter.status) query = query.where('enterprises.status', '=', filter.status);
  if (filter.industryCode) query = query.where(underIndustry(filter.industryCode));
  if (filter.classification) {
    const kind = filter.classification;
    const year = filter.classificationYear;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('enterpriseClassifications as c')
          .select('c.id')
          .whereRef('c.enterpriseId', '=', 'enterprises.id')
          .where('c.kind', '=', kind)
          .$if(year !== undefined, (q) => q.where('c.year', '=', year ?? 0)),
      ),
    );
  }
  return query;
}

export async function countEnterprises(db: Db, scope: Scope, filter: EnterpriseSearchFilter): Promise<number> {
  const row = await filtered(db, scope, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The latest year of each classification kind, for the given enterprises. */
export async function classificationSummaries(
  db: Db,
  enterpriseIds: readonly string[],
): Promise<Map<string, ClassificationSummary[]>> {
  const result = new Map<string, ClassificationSummary[]>();
  if (enterpriseIds.length === 0) return result;
  const rows = await db
    .selectFrom('enterpriseClassifications')
    .select(['enterpriseId', 'kind', 'year', 'sector', 'level'])
    .where('enterpriseId', 'in', enterpriseIds)
    .orderBy('enterpriseId')
    .orderBy('kind')
    .orderBy('year', 'desc')
    .execute();
  for (const row of rows) {
    const list = result.get(row.enterpriseId) ?? [];
    if (list.at(-1)?.kind !== row.kind)
      list.push({ kind: row.kind, year: row.year, sector: row.sector, level: row.level });
    result.set(row.enterpriseId, list);
  }
  return result;
}

export async function searchEnterprises(
  db: Db,
  scope: Scope,
  filter: EnterpriseSearchFilter,
  page: { offset: number; limit: number },
): Promise<EnterpriseListRow[]> {
  const rows = await filtered(db, scope, filter)
    .leftJoin('parks', 'parks.id', 'enterprises.parkId')
    .leftJoin('industryCodes', 'industryCodes.code', 'enterprises.industryCode')
    .select([
      'enterprises.id',
      'enterprises.uscc',
      'enterprises.name',
      'enterprises.parkId',
      'parks.name as parkName',
      'enterprises.status',
      'enterprises.industryCode',
      'industryCodes.name as industryName',
      'enterprises.legalRepresentative',
      'enterprises.registeredCapitalYuan',
      'enterprises.foundedOn',
      'enterprises.employees',
    ])
    // Empty values go last whichever way the list is sorted, the same on both databases.
    .orderBy(`enterprises.${filter.sort}`, (ob) => (filter.order === 'asc' ? ob.asc() : ob.desc()).nullsLast())
    .orderBy('enterprises.id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  const summaries = await classificationSummaries(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ ...row, classifications: summaries.get(row.id) ?? [] }));
}
