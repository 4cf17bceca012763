import { Migrator, sql } from 'kysely';
import type { Db } from '../src/db/database.js';
import { dialectOf } from '../src/db/dialect-of.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';

/**
 * Undoes every migration after `name` on a test database (PostgreSQL tests run in their own schema,
 * where the migration table lives too); a test then migrates up again to watch a backfill at work.
 */
export async function migrateBackTo(db: Db, name: keyof typeof MIGRATIONS): Promise<void> {
  const schema =
    dialectOf(db) === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
      : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error;
}
