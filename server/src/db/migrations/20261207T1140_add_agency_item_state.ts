import { sql } from 'kysely';
import type { MigrationDb } from './migration-db.js';

/**
 * An approval item's state (draft → submitted 待受理 → accepted 已受理 → approved 办结, or returned
 * 退回补正) and the approval's document number (批复文号). Existing rows take the state their dates
 * imply: a submitted item nobody accepted yet is 待受理, not "in progress".
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable('agency_items')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('draft'))
    .execute();
  await db.schema.alterTable('agency_items').addColumn('approval_doc_no', 'text').execute();
  await sql`update agency_items set state = case
      when approved_on is not null then 'approved'
      when accepted_on is not null then 'accepted'
      when submitted_on is not null then 'submitted'
      else 'draft' end`.execute(db);
  await db.schema
    .createIndex('agency_items_state_idx')
    .on('agency_items')
    .columns(['zone_id', 'department_id', 'state'])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex('agency_items_state_idx').execute();
  await db.schema.alterTable('agency_items').dropColumn('approval_doc_no').execute();
  await db.schema.alterTable('agency_items').dropColumn('state').execute();
}
