import type { MigrationDb } from './migration-db.js';

/**
 * Every pool move of a lead: who, when, why, its evidence (JSON) and the date it took effect (the
 * signing date, the landing date …), which the contest counts by. `seq` is the lead's version the
 * move produced; unique per lead, so two concurrent moves can never both be recorded. An undo is a
 * move of kind `undo` that names the move it takes back; the taken-back move is marked undone.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('lead_stage_moves')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zone_id', 'text', (c) => c.notNull().references('zones.id').onDelete('cascade'))
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_stage', 'text', (c) => c.notNull())
    .addColumn('to_stage', 'text', (c) => c.notNull())
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('undoes_move_id', 'text')
    .addColumn('undone', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('moved_by', 'text', (c) => c.references('users.id'))
    .addColumn('moved_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('lead_stage_moves_lead_seq_unique', ['lead_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('lead_stage_moves_zone_effective_idx')
    .on('lead_stage_moves')
    .columns(['zone_id', 'effective_on'])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('lead_stage_moves').execute();
}
