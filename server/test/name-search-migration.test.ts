import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/demo/seed.js';
import { pinyinSearchKeys } from '../src/features/enterprises/enterprise-names.js';
import { openTestDatabase } from './helper.js';
import { migrateBackTo } from './migration-helper.js';

/** 20261207T1150 adds search_keys to leads, projects and users and fills it for the rows there are. */
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

describe('the name search keys migration', () => {
  it('fills the keys of existing leads, projects and users as the app writes them', async () => {
    await migrateBackTo(handle.db, '20261207T1131_create_enterprise_change_requests');
    await migrateToLatest(handle.db);

    const leads = await handle.db.selectFrom('leads').select(['name', 'investorName', 'searchKeys']).execute();
    expect(leads.length).toBeGreaterThan(100);
    for (const l of leads) expect(l.searchKeys, l.name).toBe(pinyinSearchKeys(l.name, l.investorName));
    const projects = await handle.db.selectFrom('projects').select(['name', 'searchKeys']).execute();
    expect(projects.length).toBeGreaterThan(10);
    for (const p of projects) expect(p.searchKeys, p.name).toBe(pinyinSearchKeys(p.name));
    const users = await handle.db.selectFrom('users').select(['displayName', 'searchKeys']).execute();
    for (const u of users) expect(u.searchKeys, u.displayName).toBe(pinyinSearchKeys(u.displayName));
  });
});
