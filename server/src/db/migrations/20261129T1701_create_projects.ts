import type { MigrationDb } from './migration-db.js';

/**
 * Projects (项目) pushed from signing to full capacity, and their phases (一期/二期/三期). `stage`
 * and `rag_status` are derived from the milestones and stored so lists filter on them; they are
 * recomputed on every milestone write, daily, and after a calendar change. Money in yuan.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('enterprise_id', 'text', (c) => c.references('enterprises.id'))
    .addColumn('park_id', 'text', (c) => c.references('parks.id'))
    .addColumn('parcel_id', 'text', (c) => c.references('parcels.id'))
    .addColumn('building_id', 'text', (c) => c.references('factory_buildings.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('is_transformation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total_investment_yuan', 'double precision')
    .addColumn('task_force_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('leader_in_charge_id', 'text', (c) => c.references('users.id'))
    .addColumn('lead_id', 'text', (c) => c.references('leads.id'))
    .addColumn('signed_on', 'text')
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('rag_status', 'text', (c) => c.notNull())
    .addColumn('rag_slack_workdays', 'integer')
    .addColumn('description', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('projects_zone_code_unique', ['zone_id', 'code'])
    .execute();
  const index = (name: string, columns: string[]) =>
    db.schema.createIndex(name).on('projects').columns(columns).execute();
  await index('projects_zone_rag_idx', ['zone_id', 'rag_status', 'updated_at']);
  await index('projects_task_force_idx', ['task_force_id', 'rag_status']);
  await index('projects_park_idx', ['park_id', 'rag_status']);
  await index('projects_enterprise_idx', ['enterprise_id']);
  await db.schema.createIndex('projects_lead_unique').on('projects').column('lead_id').unique().execute();

  await db.schema
    .createTable('project_phases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('investment_yuan', 'double precision')
    .addColumn('capacity', 'text')
    .addColumn('expected_revenue_yuan', 'double precision')
    .addColumn('expected_tax_yuan', 'double precision')
    .addColumn('expected_jobs', 'integer')
    .addColumn('planned_start_on', 'text')
    .addColumn('planned_end_on', 'text')
    .addColumn('actual_start_on', 'text')
    .addColumn('actual_end_on', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('project_phases_seq_unique', ['project_id', 'seq'])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('project_phases').execute();
  await db.schema.dropTable('projects').execute();
}
