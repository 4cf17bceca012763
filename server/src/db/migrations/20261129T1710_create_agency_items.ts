import type { MigrationDb } from './migration-db.js';

/**
 * Approval items the zone handles on an enterprise's behalf (全代办): which department, when the
 * application was submitted, accepted and approved, the statutory limit in working days, and the
 * 容缺 (accepted with documents to follow) and 承诺 (approved on the applicant's commitment) flags.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('agency_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('submitted_on', 'text')
    .addColumn('accepted_on', 'text')
    .addColumn('approved_on', 'text')
    .addColumn('statutory_days', 'integer', (c) => c.notNull())
    .addColumn('tolerance_flag', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('commitment_flag', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('handled_by_id', 'text', (c) => c.references('users.id'))
    .addColumn('handled_by_name', 'text')
    .addColumn('notes', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('agency_items_department_idx')
    .on('agency_items')
    .columns(['zone_id', 'department_id'])
    .execute();
  await db.schema.createIndex('agency_items_project_idx').on('agency_items').column('project_id').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('agency_items').execute();
}
