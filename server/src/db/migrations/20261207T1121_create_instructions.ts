import type { MigrationDb } from './migration-db.js';

/**
 * Leaders' instructions (批示): a leader's written direction on a project, a milestone or a meeting's
 * action item (also written from a notification about one), kept on the record. Each reaches its
 * recipients (the item's owner and the task force pushing it), who read and acknowledge it.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('instructions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.references('projects.id').onDelete('set null'))
    .addColumn('target_name', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('via_notification_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('instructions_author_idx')
    .on('instructions')
    .columns(['zone_id', 'author_id', 'created_at'])
    .execute();
  await db.schema.createIndex('instructions_project_idx').on('instructions').column('project_id').execute();
  await db.schema
    .createIndex('instructions_target_idx')
    .on('instructions')
    .columns(['target_type', 'target_id'])
    .execute();

  await db.schema
    .createTable('instruction_recipients')
    .addColumn('instruction_id', 'text', (c) => c.notNull().references('instructions.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('read_at', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('reply', 'text')
    .addPrimaryKeyConstraint('instruction_recipients_pk', ['instruction_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('instruction_recipients_user_idx')
    .on('instruction_recipients')
    .column('user_id')
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('instruction_recipients').execute();
  await db.schema.dropTable('instructions').execute();
}
