import type { MigrationDb } from './migration-db.js';

/**
 * The activity timeline (外出考察, 来访, meetings, calls, notes). A study trip to another zone has no
 * lead, so `lead_id` may be empty; `task_force_id` says whose work it is either way (copied from the
 * lead when there is one) and drives scope and the contest.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('lead_activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('lead_id', 'text', (c) => c.references('leads.id').onDelete('cascade'))
    .addColumn('task_force_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('happened_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('city', 'text')
    .addColumn('participants', 'text')
    .addColumn('counterparts', 'text')
    .addColumn('notes', 'text')
    .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const index = (name: string, columns: string[]) =>
    db.schema.createIndex(name).on('lead_activities').columns(columns).execute();
  await index('lead_activities_lead_idx', ['lead_id', 'happened_on']);
  await index('lead_activities_zone_happened_idx', ['zone_id', 'happened_on']);
  await index('lead_activities_task_force_idx', ['task_force_id', 'happened_on']);
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('lead_activities').execute();
}
