import { composeUscc } from '@zonehub/uscc';
import { expect } from 'vitest';
import type { Client, TestApp } from './helper.js';
import { demoParkId, FACTORY_PASSWORD, placeUser } from './user-factory.js';

/** Two enterprises of 长子 in different parks, each with its own enterprise user signed in. */
export interface EnterpriseWorld {
  admin: Client;
  /** Park staff of 中部 (the demo account `park`). */
  park: Client;
  /** Park staff of 南部 only. */
  southPark: Client;
  own: { id: string; user: Client; userId: string };
  other: { id: string; user: Client; userId: string };
}

let serial = 0;

/** Registers an enterprise through the API and gives it an enterprise user (written under the API). */
async function enterpriseWithUser(t: TestApp, admin: Client, name: string, park: string) {
  serial += 1;
  const created = await admin.post('/api/v1/enterprises', {
    uscc: composeUscc('91', '140428', `ENTP${String(serial).padStart(4, '0')}`),
    name,
    parkId: demoParkId('changzi', park),
    legalRepresentative: '王星',
    registeredCapitalYuan: 50_000_000,
    address: '长治市长子县太行东街1号',
    employees: 120,
  });
  expect(created.statusCode, created.body).toBe(201);
  const id: string = created.json().id;
  const username = `ent-${park}-${serial}`;
  const userId = await placeUser(t.ctx.db, username, [{ zone: 'changzi', role: 'enterpriseUser' }]);
  await t.ctx.db.updateTable('users').set({ enterpriseId: id }).where('id', '=', userId).execute();
  return { id, user: await t.login(username, FACTORY_PASSWORD), userId };
}

export async function enterpriseWorld(t: TestApp, tag: string): Promise<EnterpriseWorld> {
  const admin = await t.loginAs('zoneAdmin');
  await placeUser(t.ctx.db, `south-park-${tag}`, [{ zone: 'changzi', role: 'parkStaff', parks: ['south'] }]);
  return {
    admin,
    park: await t.loginAs('parkStaff'),
    southPark: await t.login(`south-park-${tag}`, FACTORY_PASSWORD),
    own: await enterpriseWithUser(t, admin, `长子县自助${tag}科技有限公司`, 'central'),
    other: await enterpriseWithUser(t, admin, `长子县他家${tag}食品有限公司`, 'south'),
  };
}
