import type { MigrationDb } from './migration-db.js';

/** login_attempts counts now; the old failure rows only ever mattered for 15 minutes. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('login_failures').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('login_failures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('failed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_failures_key_time_idx')
    .on('login_failures')
    .columns(['key', 'failed_at'])
    .execute();
}
