import { sql } from 'kysely';
import type { MigrationDb } from './migration-db.js';

/**
 * The stamped steps of an approval item (submit, accept, return, resubmit, approve): the day in the
 * zone, who took it, and the reason of a return. The correction periods of the statutory clock come
 * from here; `seq` orders an item's steps (several may fall on one day). Existing rows get the steps their dates imply, handled by their recorded handler.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('agency_item_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('agency_item_id', 'text', (c) => c.notNull().references('agency_items.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('step_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('actor_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('agency_item_steps_item_idx')
    .on('agency_item_steps')
    .columns(['agency_item_id', 'seq'])
    .unique()
    .execute();
  for (const [seq, step, column, actor] of [
    [1, 'submit', 'submitted_on', false],
    [2, 'accept', 'accepted_on', true],
    [3, 'approve', 'approved_on', true],
  ] as const) {
    const who = actor ? sql`handled_by_id, handled_by_name` : sql`null, null`;
    await sql`insert into agency_item_steps (id, zone_id, agency_item_id, seq, step, step_on, reason, actor_id, actor_name, created_at)
      select id || ${sql.lit(`:${step}`)}, zone_id, id, ${sql.lit(seq)}, ${sql.lit(step)}, ${sql.ref(column)}, null, ${who}, updated_at
      from agency_items where ${sql.ref(column)} is not null`.execute(db);
  }
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('agency_item_steps').execute();
}
