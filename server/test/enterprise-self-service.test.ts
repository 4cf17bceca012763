import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EnterpriseWorld, enterpriseWorld } from './enterprise-world.js';
import { createTestApp, type TestApp } from './helper.js';

/**
 * Issue 10 item 8: the enterprise user keeps its own contacts and profile (phone, website, office
 * address, business, employees) through the one writer with the version check, and touches no
 * other enterprise and none of its registered facts.
 */
let t: TestApp;
let w: EnterpriseWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await enterpriseWorld(t, '甲');
});
afterAll(async () => t.close());

describe('the enterprise keeps its own profile', () => {
  it('saves phone, website, office address, business and employees, raising the version, audited', async () => {
    const before = (await w.own.user.get(`/api/v1/enterprises/${w.own.id}`)).json();
    const saved = await w.own.user.patch(`/api/v1/enterprises/${w.own.id}/profile`, {
      version: before.version,
      phone: '0355-8123456',
      website: 'www.xingmeng-food.cn',
      officeAddress: '长子县经开区中部园区研发楼3层',
      businessDescription: '冻干果蔬、冻干宠物食品的研发与生产',
      employees: 180,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      phone: '0355-8123456',
      website: 'www.xingmeng-food.cn',
      officeAddress: '长子县经开区中部园区研发楼3层',
      employees: 180,
      version: before.version + 1,
      // The registered facts stay as registered.
      legalRepresentative: '王星',
      address: '长治市长子县太行东街1号',
    });
    const history = (await w.own.user.get(`/api/v1/enterprises/${w.own.id}/history`)).json();
    expect(history.items[0]).toMatchObject({
      action: 'enterprise.profile.update',
      before: { phone: null, employees: 120 },
      after: { phone: '0355-8123456', employees: 180 },
    });
  });

  it('refuses a save on a stale copy, naming who saved first, and writes nothing', async () => {
    const current = (await w.admin.get(`/api/v1/enterprises/${w.own.id}`)).json();
    const first = await w.admin.patch(`/api/v1/enterprises/${w.own.id}/profile`, {
      version: current.version,
      phone: '0355-8000000',
    });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await w.own.user.patch(`/api/v1/enterprises/${w.own.id}/profile`, {
      version: current.version,
      phone: '0355-1111111',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('enterprise.versionConflict');
    expect(stale.json().detail).toContain('开发区管理员（演示）');
    expect((await w.own.user.get(`/api/v1/enterprises/${w.own.id}`)).json().phone).toBe('0355-8000000');
  });

  it('names the field of a malformed website or phone, in the caller’s language', async () => {
    const { version } = (await w.own.user.get(`/api/v1/enterprises/${w.own.id}`)).json();
    const bad = await w.own.user.patch(`/api/v1/enterprises/${w.own.id}/profile`, {
      version,
      website: 'not a website',
      phone: '电话',
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.website', 'body.phone']));
  });

  it('keeps registered facts out of its reach: not in the profile, and no general edit', async () => {
    const { version } = (await w.own.user.get(`/api/v1/enterprises/${w.own.id}`)).json();
    const viaProfile = await w.own.user.patch(`/api/v1/enterprises/${w.own.id}/profile`, {
      version,
      legalRepresentative: '李萌',
    });
    expect(viaProfile.statusCode).toBe(400);
    const viaRecord = await w.own.user.patch(`/api/v1/enterprises/${w.own.id}`, {
      version,
      legalRepresentative: '李萌',
    });
    expect(viaRecord.statusCode).toBe(403);
    expect((await w.own.user.get(`/api/v1/enterprises/${w.own.id}`)).json().legalRepresentative).toBe('王星');
  });

  it('adds, edits and removes its own contacts', async () => {
    const added = await w.own.user.post(`/api/v1/enterprises/${w.own.id}/contacts`, {
      name: '赵会计',
      title: '财务总监',
      phone: '13800001111',
      isPrimary: true,
    });
    expect(added.statusCode, added.body).toBe(201);
    const contactId: string = added.json().id;
    const edited = await w.own.user.patch(`/api/v1/enterprises/${w.own.id}/contacts/${contactId}`, {
      email: 'zhao@xingmeng.cn',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ name: '赵会计', email: 'zhao@xingmeng.cn', isPrimary: true });
    expect((await w.own.user.delete(`/api/v1/enterprises/${w.own.id}/contacts/${contactId}`)).statusCode).toBe(204);
  });

  it('lets park staff keep the profile of their park’s enterprise, not another park’s', async () => {
    const own = (await w.park.get(`/api/v1/enterprises/${w.own.id}`)).json();
    const saved = await w.park.patch(`/api/v1/enterprises/${w.own.id}/profile`, {
      version: own.version,
      employees: 200,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const elsewhere = await w.park.patch(`/api/v1/enterprises/${w.other.id}/profile`, { version: 1, employees: 1 });
    expect(elsewhere.statusCode).toBe(404);
  });
});

describe('an enterprise user touches no other enterprise', () => {
  it('answers 404 for every read and write of another enterprise, and writes nothing', async () => {
    const other = w.other.id;
    const user = w.own.user;
    const contact = (
      await w.admin.post(`/api/v1/enterprises/${other}/contacts`, { name: '钱经理', phone: '13900002222' })
    ).json();
    const answers = {
      read: (await user.get(`/api/v1/enterprises/${other}`)).statusCode,
      history: (await user.get(`/api/v1/enterprises/${other}/history`)).statusCode,
      profile: (await user.patch(`/api/v1/enterprises/${other}/profile`, { version: 1, phone: '0355-1' })).statusCode,
      addContact: (await user.post(`/api/v1/enterprises/${other}/contacts`, { name: '冒名' })).statusCode,
      editContact: (await user.patch(`/api/v1/enterprises/${other}/contacts/${contact.id}`, { name: '冒名' }))
        .statusCode,
      removeContact: (await user.delete(`/api/v1/enterprises/${other}/contacts/${contact.id}`)).statusCode,
      requestChange: (
        await user.post(`/api/v1/enterprises/${other}/change-requests`, {
          changes: { legalRepresentative: '冒名' },
          reason: '冒名',
        })
      ).statusCode,
      changeRequests: (await user.get(`/api/v1/enterprises/${other}/change-requests`)).statusCode,
    };
    expect(answers).toEqual({
      read: 404,
      history: 404,
      profile: 404,
      addContact: 404,
      editContact: 404,
      removeContact: 404,
      requestChange: 404,
      changeRequests: 404,
    });
    // Nor does it find the other in a search.
    const listed = (await user.get('/api/v1/enterprises?pageSize=200')).json();
    expect(listed.items.map((e: { id: string }) => e.id)).toEqual([w.own.id]);
    const after = (await w.admin.get(`/api/v1/enterprises/${other}`)).json();
    expect(after).toMatchObject({ version: 1, phone: null, legalRepresentative: '王星' });
    expect(after.contacts.map((c: { name: string }) => c.name)).toEqual(['钱经理']);
  });

  it('is refused (403) what only staff may do: classifications, reviewing, the review queue', async () => {
    const user = w.own.user;
    expect(
      (await user.post(`/api/v1/enterprises/${w.own.id}/classifications`, { kind: 'highTech', year: 2025 })).statusCode,
    ).toBe(403);
    expect((await user.get('/api/v1/enterprise-change-requests')).statusCode).toBe(403);
    expect((await user.post('/api/v1/enterprise-change-requests/x/approve', {})).statusCode).toBe(403);
  });
});
