import type { MigrationDb } from './migration-db.js';

/**
 * Covering indexes for 招商大比拼: each contest query (visits, pool moves, new leads of a period)
 * reads only its index, never the table, so a year with 100,000 activities stays an index range scan
 * plus a group-by. The moves are joined to their lead by id through an index holding the lead's task
 * force, owner and amounts, so that join too reads no table row.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createIndex('lead_activities_contest_idx')
    .on('lead_activities')
    .columns(['zone_id', 'kind', 'happened_on', 'task_force_id', 'recorded_by'])
    .execute();
  await db.schema
    .createIndex('lead_stage_moves_contest_idx')
    .on('lead_stage_moves')
    .columns(['zone_id', 'kind', 'undone', 'effective_on', 'to_stage', 'lead_id'])
    .execute();
  await db.schema
    .createIndex('leads_contest_join_idx')
    .on('leads')
    .columns(['id', 'task_force_id', 'owner_id', 'signed_amount_yuan', 'planned_investment_yuan'])
    .execute();
  await db.schema
    .createIndex('leads_contest_idx')
    .on('leads')
    .columns(['zone_id', 'registered_on', 'task_force_id', 'owner_id'])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex('leads_contest_idx').execute();
  await db.schema.dropIndex('leads_contest_join_idx').execute();
  await db.schema.dropIndex('lead_stage_moves_contest_idx').execute();
  await db.schema.dropIndex('lead_activities_contest_idx').execute();
}
