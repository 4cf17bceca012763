import type { MigrationDb } from './migration-db.js';

/**
 * Dispatch meetings (调度会): a series per cadence (日碰头、周调度、月汇总、季分析、年交账), its meetings
 * (date, place, on site at an enterprise: 现场交办), attendees, agenda items linked to projects, and
 * outcomes. An outcome of kind `action` has an owner and a due date and stays open, carried to each
 * later meeting of its series with its age, until it is closed with a recorded result.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('meeting_series')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('cadence', 'text', (c) => c.notNull())
    .addColumn('task_force_id', 'text', (c) => c.references('org_units.id'))
    .addColumn('chair_id', 'text', (c) => c.references('users.id'))
    .addColumn('default_place', 'text')
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_series_zone_idx').on('meeting_series').column('zone_id').execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('series_id', 'text', (c) => c.notNull().references('meeting_series.id').onDelete('cascade'))
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text')
    .addColumn('place', 'text')
    .addColumn('on_site', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('site_enterprise_id', 'text', (c) => c.references('enterprises.id'))
    .addColumn('summary', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meetings_series_idx').on('meetings').columns(['series_id', 'held_on']).execute();
  await db.schema.createIndex('meetings_zone_idx').on('meetings').columns(['zone_id', 'held_on']).execute();

  await db.schema
    .createTable('meeting_attendees')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organization', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('meeting_attendees_meeting_idx').on('meeting_attendees').column('meeting_id').execute();

  await db.schema
    .createTable('meeting_agenda_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.references('projects.id').onDelete('set null'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('meeting_agenda_items_meeting_idx')
    .on('meeting_agenda_items')
    .columns(['meeting_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('meeting_agenda_items_project_idx')
    .on('meeting_agenda_items')
    .column('project_id')
    .execute();

  await db.schema
    .createTable('meeting_outcomes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('series_id', 'text', (c) => c.notNull().references('meeting_series.id').onDelete('cascade'))
    .addColumn('agenda_item_id', 'text', (c) => c.references('meeting_agenda_items.id').onDelete('set null'))
    .addColumn('project_id', 'text', (c) => c.references('projects.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('closed_by', 'text', (c) => c.references('users.id'))
    .addColumn('closed_in_meeting_id', 'text', (c) => c.references('meetings.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_outcomes_meeting_idx').on('meeting_outcomes').column('meeting_id').execute();
  await db.schema
    .createIndex('meeting_outcomes_open_idx')
    .on('meeting_outcomes')
    .columns(['series_id', 'status'])
    .execute();
  await db.schema
    .createIndex('meeting_outcomes_zone_open_idx')
    .on('meeting_outcomes')
    .columns(['zone_id', 'status', 'due_on'])
    .execute();
  await db.schema.createIndex('meeting_outcomes_project_idx').on('meeting_outcomes').column('project_id').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('meeting_outcomes').execute();
  await db.schema.dropTable('meeting_agenda_items').execute();
  await db.schema.dropTable('meeting_attendees').execute();
  await db.schema.dropTable('meetings').execute();
  await db.schema.dropTable('meeting_series').execute();
}
