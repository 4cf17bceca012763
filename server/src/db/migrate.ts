import { type Kysely, type MigrationResultSet, Migrator, sql } from 'kysely';
import { dialectOf } from './dialect-of.js';
import { MIGRATIONS } from './migrations/index.js';

export class MigrationError extends Error {}

/**
 * On PostgreSQL the migrator's bookkeeping tables live in the connection's current schema. Without
 * naming it, Kysely's existence check sees same-named tables in any schema and skips creating them.
 */
async function currentSchema<T>(db: Kysely<T>): Promise<string | undefined> {
  if (dialectOf(db) !== 'postgres') return undefined;
  const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return result.rows[0]?.schema;
}

/** Applies every pending migration; throws with the failing migration's name and cause. */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  const schema = await currentSchema(db);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  const failed = result.results?.find((r) => r.status === 'Error');
  if (result.error || failed) {
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new MigrationError(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
