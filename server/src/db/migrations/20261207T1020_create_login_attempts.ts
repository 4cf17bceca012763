import type { MigrationDb } from './migration-db.js';

/**
 * One counter per lockout key (`pair:<address>|<username>`, `user:<username>`, `ip:<address>`,
 * `password:<user id>`), updated under a row lock so an attempt is counted before its password is
 * checked. Replaces login_failures, whose rows were counted before the check and so let a burst of
 * concurrent attempts through.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('login_attempts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('window_ends_at', 'text', (c) => c.notNull())
    .addColumn('blocked_until', 'text')
    .execute();
  await db.schema.createIndex('login_attempts_window_idx').on('login_attempts').column('window_ends_at').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('login_attempts').execute();
}
