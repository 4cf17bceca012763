import type { MigrationDb } from './migration-db.js';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('enterprises')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('park_id', 'text', (c) => c.references('parks.id'))
    .addColumn('uscc', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('operating'))
    .addColumn('industry_code', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('enterprises_zone_uscc_unique', ['zone_id', 'uscc'])
    .execute();
  await db.schema.createIndex('enterprises_zone_park_idx').on('enterprises').columns(['zone_id', 'park_id']).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('enterprises').execute();
}
