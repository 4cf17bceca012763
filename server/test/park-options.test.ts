import { ROLES, type Role } from '@zonehub/access';
import { composeUscc } from '@zonehub/uscc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helper.js';
import { demoParkId } from './user-factory.js';

/**
 * Issue 10 item 1: the enterprise page and form read their parks from GET /admin/zones, which only
 * administrators may call, so every other role saw empty pickers and park staff could not register
 * an enterprise. GET /parks answers every role with the parks it may pick.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const ALL = ['central', 'south', 'north'].map((code) => demoParkId('changzi', code));
const EXPECTED: Record<Role, string[]> = {
  systemAdmin: ALL,
  zoneAdmin: ALL,
  leader: ALL,
  investmentStaff: ALL,
  taskForceMember: ALL,
  departmentStaff: ALL,
  parkStaff: [demoParkId('changzi', 'central')],
  enterpriseUser: [demoParkId('changzi', 'central')],
};

describe('GET /parks: the parks a role may pick', () => {
  for (const role of ROLES) {
    it(`answers ${role} with the parks it may see`, async () => {
      const client = await t.loginAs(role);
      const response = await client.get('/api/v1/parks');
      expect(response.statusCode, response.body).toBe(200);
      const items = response.json<{ items: { id: string; code: string; name: string }[] }>().items;
      expect(items.map((p) => p.id)).toEqual(EXPECTED[role]);
      expect(items[0]?.name).toBe('中部装备制造与食品加工产业园');
    });
  }

  it('lets park staff register an enterprise in the park they are offered', async () => {
    const staff = await t.loginAs('parkStaff');
    const [park] = (await staff.get('/api/v1/parks')).json<{ items: { id: string }[] }>().items;
    const response = await staff.post('/api/v1/enterprises', {
      uscc: composeUscc('91', '140428', 'PARK0001'),
      name: '长子县园区登记测试有限公司',
      parkId: park?.id,
      industryCode: '3511',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().parkName).toBe('中部装备制造与食品加工产业园');
  });

  it('needs a session', async () => {
    expect((await t.anonymous().get('/api/v1/parks')).statusCode).toBe(401);
  });
});
