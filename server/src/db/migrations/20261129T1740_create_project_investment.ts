import type { MigrationDb } from './migration-db.js';

/**
 * Investment completed (当月完成投资) per project and month, and each project's plan for a year.
 * Amounts in yuan. Zone totals and the transformation projects' share (清徐: 94.5 %) are computed
 * from these rows, never stored.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('project_investment_months')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('completed_yuan', 'double precision', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_investment_months_pk', ['project_id', 'month'])
    .execute();
  await db.schema
    .createIndex('project_investment_months_zone_idx')
    .on('project_investment_months')
    .columns(['zone_id', 'month'])
    .execute();

  await db.schema
    .createTable('project_investment_plans')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('planned_yuan', 'double precision', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_investment_plans_pk', ['project_id', 'year'])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('project_investment_plans').execute();
  await db.schema.dropTable('project_investment_months').execute();
}
