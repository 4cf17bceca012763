import { sql } from 'kysely';
import { contains } from '../../db/contains.js';
import type { Db } from '../../db/database.js';
import type { IndustryCodeRow } from './industry.table.js';

const withChildCount = (db: Db) =>
  db
    .selectFrom('industryCodes as i')
    .selectAll('i')
    .select((eb) =>
      eb
        .selectFrom('industryCodes as c')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('c.parentCode', '=', 'i.code')
        .as('childCount'),
    );

export type IndustryWithChildren = IndustryCodeRow & { childCount: number | null };

/** The sections (no parent) or the children of one code, in the standard's order. */
export function listChildren(db: Db, parent: string | null): Promise<IndustryWithChildren[]> {
  return withChildCount(db)
    .where((eb) => (parent === null ? eb('i.parentCode', 'is', null) : eb('i.parentCode', '=', parent)))
    .orderBy('i.sortOrder')
    .execute();
}

export function findIndustry(db: Db, code: string): Promise<IndustryWithChildren | undefined> {
  return withChildCount(db).where('i.code', '=', code).executeTakeFirst();
}

/** Codes starting with the term, or names containing it (1972 rows of reference data: a scan is fine). */
export function searchIndustries(db: Db, term: string, limit: number): Promise<IndustryWithChildren[]> {
  const upper = term.toUpperCase();
  return withChildCount(db)
    .where((eb) =>
      eb.or([eb('i.code', '=', upper), sql<boolean>`i.code like ${`${upper}%`}`, contains('i.name', term)]),
    )
    .orderBy('i.sortOrder')
    .limit(limit)
    .execute();
}

/** The chain from the section down to the code, for showing a picked code in context. */
export async function pathOf(db: Db, code: string): Promise<IndustryCodeRow[]> {
  const path: IndustryCodeRow[] = [];
  let current: string | null = code;
  while (current !== null && path.length < 4) {
    const row: IndustryCodeRow | undefined = await db
      .selectFrom('industryCodes')
      .selectAll()
      .where('code', '=', current)
      .executeTakeFirst();
    if (!row) break;
    path.unshift(row);
    current = row.parentCode;
  }
  return path;
}
