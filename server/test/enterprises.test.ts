import { composeUscc } from '@zonehub/uscc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from './helper.js';
import { createTestApp, type TestApp } from './helper.js';

let t: TestApp;
let admin: Client;
let parks: Record<string, string>;
const EN = { 'accept-language': 'en-US' };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('zoneAdmin');
  const rows = await t.ctx.db
    .selectFrom('parks')
    .innerJoin('zones', 'zones.id', 'parks.zoneId')
    .select(['parks.id', 'parks.code'])
    .where('zones.code', '=', 'changzi')
    .execute();
  parks = Object.fromEntries(rows.map((r) => [r.code, r.id]));
});
afterAll(async () => t.close());

const newEnterprise = (overrides: Record<string, unknown> = {}) => ({
  uscc: composeUscc('91', '140428', 'TEAM0001'),
  name: '长子县测试精密机械有限公司',
  formerNames: ['长子县测试机械厂'],
  legalRepresentative: '张某',
  registeredCapitalYuan: 5_000_000,
  foundedOn: '2020-05-06',
  parkId: parks.central,
  industryCode: '3511',
  employees: 40,
  ...overrides,
});

describe('enterprise records', () => {
  let id = '';

  it('creates, normalising the credit code, and the new record is searchable at once', async () => {
    const code = composeUscc('91', '140428', 'TEAM0001');
    const spaced = ` ${code.slice(0, 6)} ${code.slice(6).toLowerCase()}`;
    const response = await admin.post('/api/v1/enterprises', newEnterprise({ uscc: spaced }));
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    id = body.id;
    expect(body).toMatchObject({
      uscc: code,
      nameInitials: 'zzxcsjmjxyxgs',
      formerNames: ['长子县测试机械厂'],
      parkName: '中部装备制造与食品加工产业园',
      industryName: expect.any(String),
      status: 'operating',
      contacts: [],
      classifications: [],
    });
    const found = (await admin.get('/api/v1/enterprises?q=csjmjx')).json();
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it('answers 409 naming the existing record for a duplicate credit code', async () => {
    const response = await admin.post('/api/v1/enterprises', newEnterprise({ name: '另一家公司' }), EN);
    expect(response.statusCode).toBe(409);
    const problem = response.json();
    expect(problem.code).toBe('enterprise.usccTaken');
    expect(problem.detail).toContain(id);
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'body.uscc', code: 'uscc.taken' })]);
  });

  it.each([
    ['91140428MA0K12345', 'uscc.length', /18 characters, this one has 17/],
    ['91140428MA0K1234I5', 'uscc.character', /Character 17 \("I"\)/],
  ])('names the failing credit-code rule for %s', async (uscc, code, message) => {
    const response = await admin.post('/api/v1/enterprises', newEnterprise({ uscc }), EN);
    expect(response.statusCode).toBe(400);
    const error = response.json().errors[0];
    expect(error).toMatchObject({ field: 'body.uscc', code });
    expect(error.message).toMatch(message);
  });

  it('names the expected check digit, in Chinese by default', async () => {
    const good = composeUscc('91', '140428', 'TEAM0002');
    const wrong = `${good.slice(0, 17)}${good.endsWith('0') ? '1' : '0'}`;
    const response = await admin.post('/api/v1/enterprises', newEnterprise({ uscc: wrong }));
    expect(response.json().errors[0].message).toContain(`应为 ${good.charAt(17)}`);
  });

  it('refuses an unknown industry code, a park of another zone, a future founding date, negative numbers', async () => {
    const other = await t.ctx.db
      .selectFrom('parks')
      .innerJoin('zones', 'zones.id', 'parks.zoneId')
      .select('parks.id')
      .where('zones.code', '=', 'qingxu')
      .executeTakeFirstOrThrow();
    const response = await admin.post(
      '/api/v1/enterprises',
      newEnterprise({
        uscc: composeUscc('91', '140428', 'TEAM0003'),
        industryCode: '9999',
        parkId: other.id,
        foundedOn: '2099-01-01',
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { code: string }) => e.code)
        .sort(),
    ).toEqual(['foundedOn.future', 'industryCode.unknown', 'parkId.unknown']);
    const negative = await admin.post('/api/v1/enterprises', newEnterprise({ employees: -1 }));
    expect(negative.statusCode).toBe(400);
    expect(negative.json().errors[0].field).toBe('body.employees');
  });

  it('edits, re-indexes a renamed enterprise and audits the change', async () => {
    const response = await admin.patch(`/api/v1/enterprises/${id}`, {
      version: 1,
      name: '长子县新名精密机械有限公司',
      status: 'suspended',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((await admin.get('/api/v1/enterprises?q=xinming')).json().total).toBe(1);
    expect((await admin.get('/api/v1/enterprises?q=csjmjx')).json().total).toBe(0);
    const history = (await admin.get(`/api/v1/enterprises/${id}/history`)).json();
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(['enterprise.update', 'enterprise.create']);
    expect(history.items[0].before.name).toBe('长子县测试精密机械有限公司');
  });

  it('manages contacts, one primary at a time', async () => {
    const a = (
      await admin.post(`/api/v1/enterprises/${id}/contacts`, { name: '王某', phone: '0355-1234567', isPrimary: true })
    ).json();
    const b = await admin.post(`/api/v1/enterprises/${id}/contacts`, {
      name: '李某',
      email: 'li@example.com',
      isPrimary: true,
    });
    expect(b.statusCode).toBe(201);
    let record = (await admin.get(`/api/v1/enterprises/${id}`)).json();
    expect(
      record.contacts.filter((c: { isPrimary: boolean }) => c.isPrimary).map((c: { name: string }) => c.name),
    ).toEqual(['李某']);
    expect((await admin.patch(`/api/v1/enterprises/${id}/contacts/${a.id}`, { title: '厂长' })).json().title).toBe(
      '厂长',
    );
    expect((await admin.delete(`/api/v1/enterprises/${id}/contacts/${a.id}`)).statusCode).toBe(204);
    record = (await admin.get(`/api/v1/enterprises/${id}`)).json();
    expect(record.contacts.map((c: { name: string }) => c.name)).toEqual(['李某']);
  });

  it('manages classifications by year; 四上 needs its sector; a repeat is a conflict', async () => {
    const missing = await admin.post(`/api/v1/enterprises/${id}/classifications`, { kind: 'fourAbove', year: 2023 });
    expect(missing.json().errors[0]).toMatchObject({ field: 'body.sector', code: 'classification.sectorRequired' });
    const created = await admin.post(`/api/v1/enterprises/${id}/classifications`, {
      kind: 'fourAbove',
      year: 2023,
      sector: 'industry',
    });
    expect(created.statusCode).toBe(201);
    const again = await admin.post(`/api/v1/enterprises/${id}/classifications`, {
      kind: 'fourAbove',
      year: 2023,
      sector: 'industry',
    });
    expect(again.statusCode).toBe(409);
    const list = (
      await admin.get('/api/v1/enterprises?classification=fourAbove&classificationYear=2023&q=xinming')
    ).json();
    expect(list.items[0].classifications).toEqual([{ kind: 'fourAbove', year: 2023, sector: 'industry', level: null }]);
    expect((await admin.delete(`/api/v1/enterprises/${id}/classifications/${created.json().id}`)).statusCode).toBe(204);
  });
});

describe('park staff and enterprise users', () => {
  it('lets park staff write only in their own park', async () => {
    const staff = await t.loginAs('parkStaff');
    const south = await staff.post(
      '/api/v1/enterprises',
      newEnterprise({ uscc: composeUscc('91', '140428', 'TEAM0004'), parkId: parks.south }),
    );
    expect(south.statusCode).toBe(400);
    expect(south.json().errors[0].code).toBe('parkId.outOfScope');
    const central = await staff.post(
      '/api/v1/enterprises',
      newEnterprise({ uscc: composeUscc('91', '140428', 'TEAM0005'), name: '长子县园区新企业有限公司' }),
    );
    expect(central.statusCode, central.body).toBe(201);
    const lugang = (await admin.get(`/api/v1/enterprises?q=${encodeURIComponent('陆港')}`)).json().items[0];
    expect((await staff.patch(`/api/v1/enterprises/${lugang.id}`, { version: 1, employees: 1 })).statusCode).toBe(404);
  });

  it('shows an enterprise user their own profile and nothing else', async () => {
    const user = await t.loginAs('enterpriseUser');
    const own = (await user.get('/api/v1/enterprises')).json().items[0];
    const profile = (await user.get(`/api/v1/enterprises/${own.id}`)).json();
    expect(profile).toMatchObject({ name: '山西星萌科技有限公司', formerNames: ['长子县星萌冻干食品有限公司'] });
    expect(profile.employees).toBeGreaterThan(300);
    expect(profile.classifications.map((c: { kind: string }) => c.kind)).toContain('chainLeader');
    const other = (await admin.get(`/api/v1/enterprises?q=${encodeURIComponent('康宝')}`)).json().items[0];
    expect((await user.get(`/api/v1/enterprises/${other.id}`)).statusCode).toBe(404);
    expect((await user.get(`/api/v1/enterprises/${other.id}/history`)).statusCode).toBe(404);
    expect(
      (await user.patch(`/api/v1/enterprises/${own.id}`, { version: profile.version, employees: 1 })).statusCode,
    ).toBe(403);
  });
});

describe('四上 suggestion and thresholds', () => {
  it('suggests from the industry code, the year and the revenue', async () => {
    const star = (await admin.get('/api/v1/enterprises?q=xmkj')).json().items[0];
    const yes = (
      await admin.get(`/api/v1/enterprises/${star.id}/four-above-suggestion?year=2023&revenueYuan=20000000`)
    ).json();
    expect(yes).toMatchObject({ sector: 'industry', subsector: 'industry', result: 'qualifies', qualifies: true });
    expect(yes.threshold.minRevenueYuan).toBe(20_000_000);
    const no = (
      await admin.get(`/api/v1/enterprises/${star.id}/four-above-suggestion?year=2023&revenueYuan=100`)
    ).json();
    expect(no.result).toBe('belowThreshold');
  });

  it('lists thresholds and adds a new version from a later year', async () => {
    const list = (await admin.get('/api/v1/four-above/thresholds')).json();
    expect(list).toHaveLength(10);
    const added = await admin.post('/api/v1/four-above/thresholds', {
      subsector: 'industry',
      minRevenueYuan: 30_000_000,
      basis: '测试：年主营业务收入3000万元及以上',
      effectiveFromYear: 2030,
    });
    expect(added.statusCode, added.body).toBe(201);
    const star = (await admin.get('/api/v1/enterprises?q=xmkj')).json().items[0];
    const later = (
      await admin.get(`/api/v1/enterprises/${star.id}/four-above-suggestion?year=2031&revenueYuan=25000000`)
    ).json();
    expect(later).toMatchObject({ result: 'belowThreshold', threshold: { effectiveFromYear: 2030 } });
    const staff = await t.loginAs('parkStaff');
    expect((await staff.post('/api/v1/four-above/thresholds', {})).statusCode).toBe(403);
  });
});

describe('industry codes for the tree picker', () => {
  it('lists sections, children, searches by code prefix or name part, and shows a path', async () => {
    const sections = (await admin.get('/api/v1/industries')).json();
    expect(sections).toHaveLength(20);
    expect(sections[2]).toMatchObject({ code: 'C', level: 'section', hasChildren: true });
    const children = (await admin.get('/api/v1/industries?parent=13')).json();
    expect(children[0]).toMatchObject({ parentCode: '13', level: 'group' });
    const byName = (await admin.get(`/api/v1/industries/search?q=${encodeURIComponent('冻干')}`)).json();
    const byCode = (await admin.get('/api/v1/industries/search?q=3511')).json();
    expect(byCode[0]).toMatchObject({ code: '3511', path: [{ code: 'C' }, { code: '35' }, { code: '351' }] });
    expect(Array.isArray(byName)).toBe(true);
    expect((await admin.get('/api/v1/industries/1321')).json().name).toBeTruthy();
    expect((await admin.get('/api/v1/industries/9999')).statusCode).toBe(404);
  });
});
