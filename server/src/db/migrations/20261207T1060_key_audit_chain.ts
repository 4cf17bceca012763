import type { MigrationDb } from './migration-db.js';

/**
 * The audit chain becomes keyed (HMAC-SHA256 with ZONEHUB_AUDIT_KEY, kept outside the database).
 * Entries already in the log were written by the unkeyed rule and stay verified by it: the head
 * records from which seq entries are keyed (the next one to be written, so 1 on a new database), and
 * the worker's first checkpoint signs that boundary together with the head, so it cannot be moved
 * later to pass forged entries off as old ones. `key_check` is a fingerprint of the key, set by the
 * first process to start, so a process given another key refuses to start instead of writing entries
 * nobody can verify.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable('audit_head')
    .addColumn('keyed_from_seq', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('audit_head').addColumn('key_check', 'text').execute();
  await db
    .updateTable('audit_head')
    .set((eb) => ({ keyed_from_seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('audit_head').dropColumn('key_check').execute();
  await db.schema.alterTable('audit_head').dropColumn('keyed_from_seq').execute();
}
