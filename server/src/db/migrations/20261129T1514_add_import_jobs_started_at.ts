import type { MigrationDb } from './migration-db.js';

/**
 * When a job's commit started (ready → importing). A job still "importing" long after it started was
 * left by a process that died mid-import; the runtime marks such jobs failed (see failAbandonedImports).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('import_jobs').addColumn('started_at', 'text').execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('import_jobs').dropColumn('started_at').execute();
}
