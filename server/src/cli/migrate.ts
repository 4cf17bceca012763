import type { Config } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

export async function runMigrate(config: Config): Promise<number> {
  const handle = openDatabase(config.database);
  try {
    const applied = await migrateToLatest(handle.db);
    console.log(
      applied.length > 0
        ? `applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}`
        : 'database is up to date',
    );
    return 0;
  } finally {
    await handle.destroy();
  }
}
