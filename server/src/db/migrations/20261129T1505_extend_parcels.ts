import { sql } from 'kysely';
import type { MigrationDb } from './migration-db.js';

/**
 * Parcels gain their area in m² (kept with the mu figure, 1 mu = 666.67 m², so either unit can be
 * summed in SQL) and their geometry as GeoJSON text (a Polygon or MultiPolygon in the park's map
 * coordinates). 标准地 control indicators live in their own table, one row per standard-land parcel.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('parcels').addColumn('area_m2', 'double precision').execute();
  await db.schema.alterTable('parcels').addColumn('geometry', 'text').execute();
  await db.updateTable('parcels').set({ area_m2: sql`area_mu * 666.67` }).execute();
  await db.schema
    .createTable('standard_land_indicators')
    .addColumn('parcel_id', 'text', (c) => c.primaryKey().references('parcels.id').onDelete('cascade'))
    .addColumn('investment_intensity_yuan_per_mu', 'double precision')
    .addColumn('plot_ratio', 'double precision')
    .addColumn('tax_per_mu_yuan', 'double precision')
    .addColumn('added_value_per_tce_yuan', 'double precision')
    .addColumn('added_value_per_emission_yuan', 'double precision')
    .addColumn('agreed_on', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('standard_land_indicators').execute();
  await db.schema.alterTable('parcels').dropColumn('geometry').execute();
  await db.schema.alterTable('parcels').dropColumn('area_m2').execute();
}
