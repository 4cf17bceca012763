import type { MigrationDb } from './migration-db.js';

/** 招商大比拼 targets: per task force, period key (2026, 2026-Q2, 2026-05) and contest metric. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('contest_targets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('task_force_id', 'text', (c) => c.notNull().references('org_units.id').onDelete('cascade'))
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('target_value', 'double precision', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('contest_targets_unique', ['zone_id', 'task_force_id', 'period_key', 'metric'])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('contest_targets').execute();
}
