import type { MigrationDb } from './migration-db.js';

/** A user's role in each zone, the org units (departments, task forces) and parks they belong to. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('user_zone_roles')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_zone_roles_pk', ['user_id', 'zone_id'])
    .execute();
  await db.schema.createIndex('user_zone_roles_zone_idx').on('user_zone_roles').column('zone_id').execute();
  await db.schema
    .createTable('user_org_units')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('org_unit_id', 'text', (c) => c.notNull().references('org_units.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('user_org_units_pk', ['user_id', 'org_unit_id'])
    .execute();
  await db.schema.createIndex('user_org_units_unit_idx').on('user_org_units').column('org_unit_id').execute();
  await db.schema
    .createTable('user_parks')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('park_id', 'text', (c) => c.notNull().references('parks.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('user_parks_pk', ['user_id', 'park_id'])
    .execute();
  await db.schema.createIndex('user_parks_park_idx').on('user_parks').column('park_id').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('user_parks').execute();
  await db.schema.dropTable('user_org_units').execute();
  await db.schema.dropTable('user_zone_roles').execute();
}
