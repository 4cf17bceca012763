import type { Kysely } from 'kysely';

/**
 * When a job's commit started (ready → importing). A job still "importing" long after it started was
 * left by a process that died mid-import; the runtime marks such jobs failed (see failAbandonedImports).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against no app types, by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('import_jobs').addColumn('started_at', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('import_jobs').dropColumn('started_at').execute();
}
