import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/demo/seed.js';
import { stateFromDates } from '../src/features/projects/agency/agency-flow.js';
import { openTestDatabase } from './helper.js';
import { migrateBackTo } from './migration-helper.js';

/** 20261207T1140–1142 give the approval items written before them a state and the steps their dates imply. */
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

describe('the agency state migration', () => {
  it('makes a submitted item nobody accepted 待受理, and stamps the steps of the dates already recorded', async () => {
    await migrateBackTo(handle.db, '20261207T1131_create_enterprise_change_requests');
    await migrateToLatest(handle.db);

    const items = await handle.db.selectFrom('agencyItems').selectAll().execute();
    expect(items.length).toBeGreaterThan(30);
    for (const item of items) expect(item.state, item.item).toBe(stateFromDates(item));
    expect(items.some((i) => i.state === 'submitted' && i.acceptedOn === null)).toBe(true);

    const steps = await handle.db.selectFrom('agencyItemSteps').selectAll().execute();
    const expected = items.flatMap((i) =>
      (
        [
          ['submit', i.submittedOn],
          ['accept', i.acceptedOn],
          ['approve', i.approvedOn],
        ] as const
      )
        .filter(([, on]) => on !== null)
        .map(([step, on]) => `${i.id}|${step}|${on}`),
    );
    expect(steps.map((s) => `${s.agencyItemId}|${s.step}|${s.stepOn}`).sort()).toEqual(expected.sort());
    const accepted = items.find((i) => i.acceptedOn !== null && i.handledByName !== null);
    expect(steps.find((s) => s.agencyItemId === accepted?.id && s.step === 'accept')?.actorName).toBe(
      accepted?.handledByName,
    );
  }, 60_000);
});
