import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against no app types, by design
export async function up(db: Kysely<any>): Promise<void> {
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

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('parcels').execute();
}
