import { sql } from 'kysely';
import { dialectOf } from '../dialect-of.js';
import type { MigrationDb } from './migration-db.js';

/**
 * The enterprise search index, kept by the writer (enterprise.writer.ts) on every write:
 * - `enterprise_search`: one row per enterprise with its searchable text (name, former names, their
 *   pinyin and initials, credit code; lower-cased, one per line so no term matches across two).
 *   SQLite indexes it with an external-content FTS5 table using the trigram tokenizer, kept in step
 *   by triggers on this table; PostgreSQL with a GIN pg_trgm index. Both serve terms of 3+ characters.
 * - `enterprise_search_grams`: every 1- and 2-character substring of the names and of the initials,
 *   for the short terms trigrams cannot serve (山西 / 星 / xm).
 * The dialects differ only in how the trigram index is built.
 */
export async function up(db: MigrationDb): Promise<void> {
  const postgres = dialectOf(db) === 'postgres';
  await db.schema
    .createTable('enterprise_search')
    .addColumn('id', postgres ? 'serial' : 'integer', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().unique().references('enterprises.id').onDelete('cascade'))
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('enterprise_search_grams')
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('gram', 'text', (c) => c.notNull())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('enterprise_search_grams_pk', ['zone_id', 'gram', 'enterprise_id'])
    .execute();
  await db.schema
    .createIndex('enterprise_search_grams_enterprise_idx')
    .on('enterprise_search_grams')
    .column('enterprise_id')
    .execute();
  if (postgres) {
    // The database may be shared: the extension may already exist, in another schema. Name the
    // operator class with the schema it lives in, so the index works whatever the search path.
    await sql`create extension if not exists pg_trgm`.execute(db);
    const found = await sql<{ schema: string }>`
      select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
      where e.extname = 'pg_trgm'`.execute(db);
    const schema = found.rows[0]?.schema ?? 'public';
    await sql`create index enterprise_search_body_trgm on enterprise_search using gin (body ${sql.id(schema)}.gin_trgm_ops)`.execute(
      db,
    );
    return;
  }
  await sql`create virtual table enterprise_search_fts using fts5(
    body, content = 'enterprise_search', content_rowid = 'id', tokenize = 'trigram')`.execute(db);
  await sql`create trigger enterprise_search_ai after insert on enterprise_search begin
    insert into enterprise_search_fts(rowid, body) values (new.id, new.body); end`.execute(db);
  await sql`create trigger enterprise_search_ad after delete on enterprise_search begin
    insert into enterprise_search_fts(enterprise_search_fts, rowid, body) values ('delete', old.id, old.body); end`.execute(
    db,
  );
  await sql`create trigger enterprise_search_au after update on enterprise_search begin
    insert into enterprise_search_fts(enterprise_search_fts, rowid, body) values ('delete', old.id, old.body);
    insert into enterprise_search_fts(rowid, body) values (new.id, new.body); end`.execute(db);
}

export async function down(db: MigrationDb): Promise<void> {
  if (dialectOf(db) === 'sqlite') {
    await sql`drop table if exists enterprise_search_fts`.execute(db);
  }
  await db.schema.dropTable('enterprise_search_grams').execute();
  await db.schema.dropTable('enterprise_search').execute();
}
