import type { Kysely } from 'kysely';

/** One row per failed login, keyed `user:<name>` and `ip:<address>`; lockout counts recent rows. */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against no app types, by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('login_failures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('failed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_failures_key_time_idx')
    .on('login_failures')
    .columns(['key', 'failed_at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_failures').execute();
}
