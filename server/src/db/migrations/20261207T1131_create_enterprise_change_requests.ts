import { dialectOf } from '../dialect-of.js';
import type { MigrationDb } from './migration-db.js';

/**
 * Change requests (变更申请): an enterprise proposes new values for its registered facts with a
 * reason and, optionally, one supporting file (bytes in the database, as lead attachments); a
 * reviewer approves (the values are written to the enterprise) or rejects with a reason.
 * `changes` is JSON: the proposed values and the values they replace, as read when submitted.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('enterprise_change_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reviewed_at', 'text')
    .addColumn('review_note', 'text')
    .addColumn('file_name', 'text')
    .addColumn('file_media_type', 'text')
    .addColumn('file_size_bytes', 'integer')
    .addColumn('file_sha256', 'text')
    .addColumn('file_content', dialectOf(db) === 'postgres' ? 'bytea' : 'blob')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // The reviewers' list: a zone's pending requests, oldest first; an enterprise's requests, newest first.
  await db.schema
    .createIndex('enterprise_change_requests_zone_status_idx')
    .on('enterprise_change_requests')
    .columns(['zone_id', 'status', 'submitted_at'])
    .execute();
  await db.schema
    .createIndex('enterprise_change_requests_enterprise_idx')
    .on('enterprise_change_requests')
    .columns(['enterprise_id', 'submitted_at'])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('enterprise_change_requests').execute();
}
