import type { MigrationDb } from './migration-db.js';

/**
 * The project module's per-zone settings (the amber threshold of the RAG lights and when an overdue
 * item escalates to the leader in charge) and the zone's working-calendar corrections: holidays and
 * make-up workdays for years the statutory-calendar package does not cover yet, or local changes.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('project_settings')
    .addColumn('zone_id', 'text', (c) => c.primaryKey().references('zones.id').onDelete('cascade'))
    .addColumn('amber_workdays', 'integer', (c) => c.notNull())
    .addColumn('escalate_after_workdays', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('calendar_overrides')
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('calendar_overrides_pk', ['zone_id', 'day'])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('calendar_overrides').execute();
  await db.schema.dropTable('project_settings').execute();
}
