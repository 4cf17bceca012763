import type { MigrationDb } from './migration-db.js';

/**
 * A zone's investment settings: the contest weights and the reminder days, as JSON validated by the
 * service. A zone without a row uses the defaults of @zonehub/investment-rules.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('investment_settings')
    .addColumn('zone_id', 'text', (c) => c.primaryKey().references('zones.id').onDelete('cascade'))
    .addColumn('contest_weights', 'text', (c) => c.notNull())
    .addColumn('idle_days', 'integer', (c) => c.notNull())
    .addColumn('stale_days', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('investment_settings').execute();
}
