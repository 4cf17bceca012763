import { sql } from 'kysely';
import type { MigrationDb } from './migration-db.js';

/**
 * Where a dispatch meeting is held: `office` (the committee's rooms), `firm` (at an enterprise) or
 * `site` (on a construction site): leaders take 调度会 to firms and sites and assign tasks there
 * (现场交办). Meetings already marked on site were held at an enterprise.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable('meetings')
    .addColumn('place_kind', 'text', (c) => c.notNull().defaultTo('office'))
    .execute();
  await sql`update meetings set place_kind = 'firm' where on_site = 1`.execute(db);
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('meetings').dropColumn('place_kind').execute();
}
