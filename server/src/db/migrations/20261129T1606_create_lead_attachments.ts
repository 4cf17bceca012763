import { dialectOf } from '../dialect-of.js';
import type { MigrationDb } from './migration-db.js';

/**
 * Files kept with a lead (the signed contract, investor brochures …), bytes in the database so the
 * embedded and the PostgreSQL deployment back them up the same way. `kind` marks the contract.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('lead_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', dialectOf(db) === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('lead_attachments_lead_idx').on('lead_attachments').column('lead_id').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('lead_attachments').execute();
}
