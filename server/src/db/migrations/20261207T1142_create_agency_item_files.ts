import { dialectOf } from '../dialect-of.js';
import type { MigrationDb } from './migration-db.js';

/** The approval's file (批复文件) of an approval item, held like a milestone's evidence: bytes in the database. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('agency_item_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('agency_item_id', 'text', (c) => c.notNull().references('agency_items.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', dialectOf(db) === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('agency_item_files_item_idx').on('agency_item_files').column('agency_item_id').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('agency_item_files').execute();
}
