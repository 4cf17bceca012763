import { sql } from 'kysely';
import { dialectOf } from '../dialect-of.js';
import type { MigrationDb } from './migration-db.js';

/**
 * `enterprise_search_grams` keeps fewer rows: every 2-character piece of the names and initials and
 * each key's last character (was: every 1- and 2-character piece, ~50 rows per enterprise). A
 * 1-character term becomes an index range over the grams starting with it, so on PostgreSQL the gram
 * column is compared by code point (collation "C") whatever the database's collation. The table is
 * recreated and filled again from `enterprise_search` (whose body holds, per name, the normalised name,
 * its pinyin and its initials, then the credit code), in pages.
 */
const PAGE = 2_000;

type GramRow = { zone_id: string; gram: string; enterprise_id: string };

/** Frozen here on purpose: a migration must not follow later changes to the app's code. */
function bigramsAndLast(text: string, into: Set<string>): void {
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) into.add(`${chars[i]}${chars[i + 1]}`);
  const last = chars.at(-1);
  if (last) into.add(last);
}

function everyPiece(text: string, into: Set<string>): void {
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    into.add(chars[i] ?? '');
    if (i + 1 < chars.length) into.add(`${chars[i]}${chars[i + 1]}`);
  }
  into.delete('');
}

/** The body's lines come in threes per name (name, pinyin, initials); the last line is the code. */
function gramsOfBody(body: string, add: (text: string, into: Set<string>) => void): string[] {
  const lines = body.split('\n');
  const grams = new Set<string>();
  for (let i = 0; i + 2 < lines.length; i += 3) {
    add(lines[i] ?? '', grams);
    add(lines[i + 2] ?? '', grams);
  }
  return [...grams];
}

async function recreate(db: MigrationDb, newLayout: boolean, add: (text: string, into: Set<string>) => void) {
  const collateC = newLayout && dialectOf(db) === 'postgres';
  await db.schema.dropTable('enterprise_search_grams').execute();
  await db.schema
    .createTable('enterprise_search_grams')
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('gram', 'text', (c) => (collateC ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull()))
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('enterprise_search_grams_pk', ['zone_id', 'gram', 'enterprise_id'])
    .execute();
  await db.schema
    .createIndex('enterprise_search_grams_enterprise_idx')
    .on('enterprise_search_grams')
    .column('enterprise_id')
    .execute();
  let afterId = 0;
  for (;;) {
    const page = await db
      .selectFrom('enterprise_search')
      // One-word aliases: the app's CamelCasePlugin (if the migrator runs through it) leaves them be.
      .select(['id', 'zone_id as zone', 'enterprise_id as enterprise', 'body'])
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    const rows: GramRow[] = page.flatMap((r) =>
      gramsOfBody(r.body, add).map((gram) => ({ zone_id: r.zone, gram, enterprise_id: r.enterprise })),
    );
    // 3 parameters a row: 5,000 rows stay under both databases' limits.
    for (let i = 0; i < rows.length; i += 5_000) {
      await db
        .insertInto('enterprise_search_grams')
        .values(rows.slice(i, i + 5_000))
        .execute();
    }
    if (page.length < PAGE) break;
    afterId = Number(page.at(-1)?.id);
  }
}

export async function up(db: MigrationDb): Promise<void> {
  await recreate(db, true, bigramsAndLast);
}

export async function down(db: MigrationDb): Promise<void> {
  await recreate(db, false, everyPiece);
}
