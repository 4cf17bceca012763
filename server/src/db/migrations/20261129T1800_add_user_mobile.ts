import type { MigrationDb } from './migration-db.js';

/**
 * A user's mainland mobile number, so a notification's outbox row names where the text goes. Nullable:
 * existing and demo users have none, and a null recipient is left to the gateway.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('users').addColumn('mobile', 'text').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('users').dropColumn('mobile').execute();
}
