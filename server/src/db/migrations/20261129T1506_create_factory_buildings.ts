import type { MigrationDb } from './migration-db.js';

/** Standard factory buildings (标准化厂房) and which enterprise occupies how much of each, when. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('factory_buildings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('park_id', 'text', (c) => c.notNull().references('parks.id'))
    .addColumn('parcel_id', 'text', (c) => c.references('parcels.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('floor_area_m2', 'double precision', (c) => c.notNull())
    .addColumn('floors', 'integer')
    .addColumn('completed_on', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('factory_buildings_zone_code_unique', ['zone_id', 'code'])
    .execute();
  await db.schema
    .createTable('building_occupancies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('building_id', 'text', (c) => c.notNull().references('factory_buildings.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('area_m2', 'double precision', (c) => c.notNull())
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('building_occupancies_building_idx')
    .on('building_occupancies')
    .column('building_id')
    .execute();
  await db.schema
    .createIndex('building_occupancies_enterprise_idx')
    .on('building_occupancies')
    .column('enterprise_id')
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('building_occupancies').execute();
  await db.schema.dropTable('factory_buildings').execute();
}
