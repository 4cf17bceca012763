import type { MigrationDb } from './migration-db.js';

/**
 * An enterprise's version, raised by every write of its record (edits and imports alike), so an edit
 * made on a stale copy is refused instead of silently undoing someone else's save. Existing rows
 * start at 1, as new ones do.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable('enterprises')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('enterprises').dropColumn('version').execute();
}
