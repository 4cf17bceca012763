import type { MigrationDb } from './migration-db.js';

/**
 * Classifications with the year they apply to: aboveScaleIndustrial (规上工业), fourAbove (四上, with
 * its sector), highTech (高新技术), srdi (专精特新, level provincial | national 小巨人), chainLeader (链主).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('enterprise_classifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sector', 'text')
    .addColumn('level', 'text')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('enterprise_classifications_unique', ['enterprise_id', 'kind', 'year'])
    .execute();
  await db.schema
    .createIndex('enterprise_classifications_zone_kind_idx')
    .on('enterprise_classifications')
    .columns(['zone_id', 'kind', 'year'])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('enterprise_classifications').execute();
}
