import type { MigrationDb } from './migration-db.js';

/**
 * Leads (项目信息): the four-pool ledger (四库台账). `version` goes up on every change so that two
 * people moving or editing one lead at once end with one change and a conflict for the other. Money
 * in yuan, land in mu, energy in tce per year; dates are YYYY-MM-DD in the zone's time zone.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('leads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('investor_name', 'text', (c) => c.notNull())
    .addColumn('investor_uscc', 'text')
    .addColumn('investor_key', 'text', (c) => c.notNull())
    .addColumn('investor_pinyin', 'text', (c) => c.notNull())
    .addColumn('investor_region', 'text')
    .addColumn('investor_province', 'text')
    .addColumn('investor_city', 'text')
    .addColumn('industry_code', 'text', (c) => c.references('industry_codes.code'))
    .addColumn('chain_name', 'text')
    .addColumn('planned_investment_yuan', 'double precision')
    .addColumn('expected_output_yuan', 'double precision')
    .addColumn('expected_tax_yuan', 'double precision')
    .addColumn('expected_jobs', 'integer')
    .addColumn('land_demand_mu', 'double precision')
    .addColumn('energy_demand_tce', 'double precision')
    .addColumn('method_id', 'text', (c) => c.references('investment_methods.id'))
    .addColumn('source_person', 'text')
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('task_force_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('target_park_id', 'text', (c) => c.references('parks.id'))
    .addColumn('description', 'text')
    .addColumn('registered_on', 'text', (c) => c.notNull())
    .addColumn('stage_entered_on', 'text', (c) => c.notNull())
    .addColumn('last_activity_on', 'text')
    .addColumn('signed_on', 'text')
    .addColumn('signed_amount_yuan', 'double precision')
    .addColumn('contract_attachment_id', 'text')
    .addColumn('landed_on', 'text')
    .addColumn('landed_enterprise_id', 'text', (c) => c.references('enterprises.id'))
    .addColumn('landed_parcel_id', 'text', (c) => c.references('parcels.id'))
    .addColumn('landed_building_id', 'text', (c) => c.references('factory_buildings.id'))
    .addColumn('dropped_reason', 'text')
    .addColumn('dropped_from_stage', 'text')
    .addColumn('project_id', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('leads_zone_code_unique', ['zone_id', 'code'])
    .execute();
  const index = (name: string, columns: string[]) => db.schema.createIndex(name).on('leads').columns(columns).execute();
  await index('leads_zone_stage_updated_idx', ['zone_id', 'stage', 'updated_at']);
  await index('leads_task_force_stage_idx', ['task_force_id', 'stage', 'updated_at']);
  await index('leads_park_stage_idx', ['target_park_id', 'stage', 'updated_at']);
  await index('leads_zone_investor_key_idx', ['zone_id', 'investor_key']);
  await index('leads_zone_investor_uscc_idx', ['zone_id', 'investor_uscc']);
  await index('leads_zone_registered_idx', ['zone_id', 'registered_on']);
  await index('leads_owner_idx', ['owner_id']);
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('leads').execute();
}
