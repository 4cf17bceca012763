import type { MigrationDb } from './migration-db.js';

/**
 * The registry's enterprise record: identity, legal facts and size. `former_names` is a JSON array
 * of strings; `name_pinyin` and `name_initials` are derived from the name on every write (pinyin-pro)
 * so that searches by pinyin use an index, not a conversion at query time.
 */
export async function up(db: MigrationDb): Promise<void> {
  const columns: [string, 'text' | 'integer' | 'double precision'][] = [
    ['former_names', 'text'],
    ['legal_representative', 'text'],
    ['registered_capital_yuan', 'double precision'],
    ['founded_on', 'text'],
    ['address', 'text'],
    ['employees', 'integer'],
    ['name_pinyin', 'text'],
    ['name_initials', 'text'],
  ];
  for (const [name, type] of columns) {
    await db.schema.alterTable('enterprises').addColumn(name, type).execute();
  }
  await db.schema.createIndex('enterprises_zone_status_idx').on('enterprises').columns(['zone_id', 'status']).execute();
  await db.schema
    .createIndex('enterprises_zone_industry_idx')
    .on('enterprises')
    .columns(['zone_id', 'industry_code'])
    .execute();
  await db.schema.createIndex('enterprises_zone_name_idx').on('enterprises').columns(['zone_id', 'name']).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex('enterprises_zone_name_idx').execute();
  await db.schema.dropIndex('enterprises_zone_industry_idx').execute();
  await db.schema.dropIndex('enterprises_zone_status_idx').execute();
  for (const name of [
    'name_initials',
    'name_pinyin',
    'employees',
    'address',
    'founded_on',
    'registered_capital_yuan',
    'legal_representative',
    'former_names',
  ]) {
    await db.schema.alterTable('enterprises').dropColumn(name).execute();
  }
}
