import type { MigrationDb } from './migration-db.js';

/** A person's saved filters on the lead list, per zone; `query` is the list's query as JSON. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('lead_saved_filters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('lead_saved_filters_unique', ['user_id', 'zone_id', 'name'])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('lead_saved_filters').execute();
}
