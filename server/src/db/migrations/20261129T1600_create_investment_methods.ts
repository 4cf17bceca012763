import { randomUUID } from 'node:crypto';
import { DEFAULT_METHODS } from '@zonehub/investment-rules';
import type { MigrationDb } from './migration-db.js';

/** Each zone's list of promotion methods (招商方式), seeded with the twelve the 长子 article names. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('investment_methods')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('investment_methods_zone_name_unique', ['zone_id', 'name'])
    .execute();
  // Zones that exist before this migration get the default list, as new zones do when created.
  const zones = await db.selectFrom('zones').select('id').execute();
  const now = new Date().toISOString();
  for (const zone of zones as { id: string }[])
    await db
      .insertInto('investment_methods')
      .values(
        DEFAULT_METHODS.map((name, i) => ({
          id: randomUUID(),
          zone_id: zone.id,
          name,
          sort_order: i,
          active: 1,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('investment_methods').execute();
}
