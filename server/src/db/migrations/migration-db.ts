import type { Kysely } from 'kysely';

/**
 * What a migration is handed: a Kysely over no app types. Migrations must keep working as the app's
 * tables change, so they never see the current `Database` interface.
 */
// biome-ignore lint/suspicious/noExplicitAny: the one place the untyped database is named, by design
export type MigrationDb = Kysely<any>;
