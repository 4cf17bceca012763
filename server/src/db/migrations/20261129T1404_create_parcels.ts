import type { MigrationDb } from './migration-db.js';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('parcels')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('park_id', 'text', (c) => c.notNull().references('parks.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('area_mu', 'double precision', (c) => c.notNull())
    .addColumn('land_use', 'text')
    .addColumn('supply_status', 'text', (c) => c.notNull())
    .addColumn('enterprise_id', 'text', (c) => c.references('enterprises.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('parcels_zone_code_unique', ['zone_id', 'code'])
    .execute();
  await db.schema.createIndex('parcels_zone_park_idx').on('parcels').columns(['zone_id', 'park_id']).execute();
  await db.schema.createIndex('parcels_enterprise_idx').on('parcels').column('enterprise_id').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('parcels').execute();
}
