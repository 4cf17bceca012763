import type { MigrationDb } from './migration-db.js';

/**
 * What changed on a project and when: a project's or an item's light, the project's stage, an item
 * done, a due date moved. Written by every milestone write and by the RAG recompute (a day passing
 * turns lights without any user write), read by the portfolio's "changed this week" and the weekly
 * dispatch report. `on_day` is the zone's date of the change (YYYY-MM-DD), `at` the instant.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('project_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('milestone_id', 'text', (c) => c.references('project_milestones.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_value', 'text')
    .addColumn('to_value', 'text')
    .addColumn('on_day', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('project_changes_zone_day_idx')
    .on('project_changes')
    .columns(['zone_id', 'on_day'])
    .execute();
  await db.schema
    .createIndex('project_changes_project_idx')
    .on('project_changes')
    .columns(['project_id', 'on_day'])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('project_changes').execute();
}
