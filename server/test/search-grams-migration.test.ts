import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/demo/seed.js';
import { parseFormerNames } from '../src/features/enterprises/enterprise.writer.js';
import { searchKeys } from '../src/features/enterprises/enterprise-search-keys.js';
import { openTestDatabase } from './helper.js';
import { migrateBackTo } from './migration-helper.js';

/** 20261129T1513 rebuilds the gram table of a registry that already has enterprises, both ways. */
let handle: DatabaseHandle;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ handle, drop } = await openTestDatabase(':memory:'));
  await migrateToLatest(handle.db);
  await seedDemo(handle.db, new Date());
});
afterAll(async () => {
  await handle.destroy();
  await drop();
});

const grams = async () =>
  (
    await sql<{
      enterprise: string;
      gram: string;
    }>`select enterprise_id as enterprise, gram from enterprise_search_grams`.execute(handle.db)
  ).rows;

describe('the gram table migration', () => {
  it('goes down to every 1- and 2-character piece and back up to the bigrams and last characters', async () => {
    await migrateBackTo(handle.db, '20261129T1512_create_import_jobs');
    const old = await grams();
    expect(old.some((g) => g.gram === '萌')).toBe(true);

    await migrateToLatest(handle.db);
    const rebuilt = await grams();
    const enterprises = await handle.db
      .selectFrom('enterprises')
      .select(['id', 'name', 'formerNames', 'uscc'])
      .execute();
    expect(enterprises.length).toBeGreaterThan(100);
    const expected = enterprises.flatMap((e) =>
      searchKeys(e.name, parseFormerNames(e.formerNames), e.uscc).grams.map((gram) => `${e.id}|${gram}`),
    );
    expect(rebuilt.map((g) => `${g.enterprise}|${g.gram}`).sort()).toEqual(expected.sort());
    expect(rebuilt.length).toBeLessThan(old.length);
  }, 60_000);
});
