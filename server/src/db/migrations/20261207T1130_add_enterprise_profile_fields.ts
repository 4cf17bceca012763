import type { MigrationDb } from './migration-db.js';

/**
 * What an enterprise keeps up itself, beside its contacts: a switchboard phone, its website, the
 * office where it works (often not its registered address) and a word on what it does. Registered
 * facts stay in their own columns and change only through a change request.
 */
export async function up(db: MigrationDb): Promise<void> {
  for (const column of ['phone', 'website', 'office_address', 'business_description']) {
    await db.schema.alterTable('enterprises').addColumn(column, 'text').execute();
  }
}

export async function down(db: MigrationDb): Promise<void> {
  for (const column of ['phone', 'website', 'office_address', 'business_description']) {
    await db.schema.alterTable('enterprises').dropColumn(column).execute();
  }
}
