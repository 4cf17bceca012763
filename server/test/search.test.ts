import { composeUscc } from '@zonehub/uscc';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectOf } from '../src/db/dialect-of.js';
import { searchEnterprises } from '../src/features/enterprises/enterprise-search.repository.js';
import type { Client } from './helper.js';
import { createTestApp, type TestApp } from './helper.js';

let t: TestApp;
let admin: Client;
type Item = { id: string; name: string; uscc: string; parkName: string; industryCode: string };
type Page = { items: Item[]; total: number };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('zoneAdmin');
});
afterAll(async () => t.close());

const search = async (client: Client, query: string): Promise<Page> => {
  const response = await client.get(`/api/v1/enterprises?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page>();
};
const names = (page: Page) => page.items.map((i) => i.name);
const q = (term: string) => `q=${encodeURIComponent(term)}&pageSize=200`;

describe('enterprise search by any part of the name, pinyin, initials or code', () => {
  it('finds by a 2-character name term (gram table)', async () => {
    const page = await search(admin, q('星萌'));
    expect(names(page)).toEqual(['山西星萌科技有限公司']);
  });

  it('finds by a single character', async () => {
    expect(names(await search(admin, q('萌')))).toContain('山西星萌科技有限公司');
  });

  it('finds by the last character of a name or initials, once per enterprise', async () => {
    const page = await search(admin, q('司'));
    expect(names(page)).toContain('山西星萌科技有限公司');
    expect(new Set(page.items.map((i) => i.id)).size).toBe(page.items.length);
    const byInitial = await search(admin, q('s'));
    expect(names(byInitial)).toContain('山西星萌科技有限公司');
    expect(new Set(byInitial.items.map((i) => i.id)).size).toBe(byInitial.items.length);
  });

  it('finds by a 4-character term (trigram index)', async () => {
    expect(names(await search(admin, q('液化天然')))).toEqual(['长子县川东液化天然气有限公司']);
  });

  it('finds by pinyin initials, any case and full-width', async () => {
    expect(names(await search(admin, q('xmkj')))).toEqual(['山西星萌科技有限公司']);
    expect(names(await search(admin, q('ＸＭＫＪ')))).toEqual(['山西星萌科技有限公司']);
    expect(names(await search(admin, q('xm')))).toContain('山西星萌科技有限公司');
  });

  it('finds by full pinyin', async () => {
    expect(names(await search(admin, q('xingmeng')))).toEqual(['山西星萌科技有限公司']);
  });

  it('finds by a credit-code prefix and the whole code', async () => {
    const star = (await search(admin, q('星萌'))).items[0];
    expect(star).toBeDefined();
    const uscc = star?.uscc ?? '';
    expect(names(await search(admin, q(uscc)))).toEqual(['山西星萌科技有限公司']);
    expect(names(await search(admin, q(uscc.slice(0, 12).toLowerCase())))).toContain('山西星萌科技有限公司');
  });

  it('finds by a credit-code prefix of 1 or 2 characters (91 = enterprise, 92 = individual business)', async () => {
    const zone = await t.ctx.db
      .selectFrom('zones')
      .select('id')
      .where('code', '=', 'changzi')
      .executeTakeFirstOrThrow();
    const inZone = async (prefix: string) =>
      (await t.ctx.db.selectFrom('enterprises').select('uscc').where('zoneId', '=', zone.id).execute()).filter((e) =>
        e.uscc.startsWith(prefix),
      ).length;
    const shop = composeUscc('92', '140428', 'MA0HP001');
    const school = composeUscc('12', '140428', 'MA0CH001');
    for (const [uscc, name] of [
      [shop, '长子县某某便利店'],
      [school, '长子县某某职业学校'],
    ] as const) {
      const created = await admin.post('/api/v1/enterprises', { uscc, name });
      expect(created.statusCode, created.body).toBe(201);
    }
    const ninetyOne = await search(admin, q('91'));
    expect(ninetyOne.total).toBe(await inZone('91'));
    expect(ninetyOne.total).toBeGreaterThan(0);
    expect(ninetyOne.items.every((i) => i.uscc.startsWith('91'))).toBe(true);
    expect(names(await search(admin, q('92')))).toEqual(['长子县某某便利店']);
    expect(names(await search(admin, q('１２')))).toEqual(['长子县某某职业学校']);
    const nine = await search(admin, q('9'));
    expect(nine.total).toBeGreaterThanOrEqual(await inZone('9'));
    expect(names(nine)).toContain('长子县某某便利店');
    expect(names(await search(admin, q('921')))).toEqual(['长子县某某便利店']);
    // A name term of the same length still finds names.
    expect(names(await search(admin, q('星萌')))).toEqual(['山西星萌科技有限公司']);
  });

  it('finds by a former name', async () => {
    expect(names(await search(admin, q('冻干食品')))).toEqual(['山西星萌科技有限公司']);
  });

  it('matches wildcards literally', async () => {
    expect((await search(admin, q('%'))).total).toBe(0);
    expect((await search(admin, q('星_'))).total).toBe(0);
    expect((await search(admin, q('科技%有限'))).total).toBe(0);
    expect((await search(admin, q('"星萌'))).total).toBe(0);
  });
});

describe('filters, sort and pages', () => {
  it('filters by park', async () => {
    const parks = await t.ctx.db.selectFrom('parks').select(['id', 'name']).where('code', '=', 'north').execute();
    const north = parks.find((p) => p.name.startsWith('北部'));
    const page = await search(admin, `parkId=${north?.id}&pageSize=200`);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((i) => i.parkName === '北部宋村新兴产业园区')).toBe(true);
  });

  it('filters by industry at section, division and class level', async () => {
    const section = await search(admin, 'industryCode=C&pageSize=200');
    expect(names(section)).toContain('山西星萌科技有限公司');
    expect(names(section)).not.toContain('长治陆港综合物流园有限公司');
    const division = await search(admin, 'industryCode=13&pageSize=200');
    expect(division.items.every((i) => i.industryCode.startsWith('13'))).toBe(true);
    const klass = await search(admin, 'industryCode=1512&pageSize=200');
    expect(names(klass).sort()).toEqual(['山西上党酒业有限公司', '山西路酒酿造有限公司']);
  });

  it('filters by classification and year, and by status', async () => {
    const leaders = await search(admin, 'classification=chainLeader&classificationYear=2024');
    expect(names(leaders)).toEqual(['山西星萌科技有限公司']);
    expect((await search(admin, 'classification=chainLeader&classificationYear=2023')).total).toBe(0);
    expect((await search(admin, 'status=deregistered')).total).toBe(0);
  });

  it('sorts and pages', async () => {
    const all = await search(admin, 'sort=employees&order=desc&pageSize=200');
    const counts = all.items.map((i) => (i as unknown as { employees: number | null }).employees ?? -1);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const first = await search(admin, 'sort=employees&order=desc&pageSize=3&page=1');
    const second = await search(admin, 'sort=employees&order=desc&pageSize=3&page=2');
    expect([...names(first), ...names(second)]).toEqual(names(all).slice(0, 6));
    expect(first.total).toBe(all.total);
  });
});

describe('scope', () => {
  it('shows park staff only their park', async () => {
    const staff = await t.loginAs('parkStaff');
    const page = await search(staff, 'pageSize=200');
    expect(page.items.every((i) => i.parkName === '中部装备制造与食品加工产业园')).toBe(true);
    expect((await search(staff, q('陆港'))).total).toBe(0);
  });

  it('shows an enterprise user only their enterprise', async () => {
    const user = await t.loginAs('enterpriseUser');
    expect(names(await search(user, 'pageSize=200'))).toEqual(['山西星萌科技有限公司']);
    expect((await search(user, q('康宝'))).total).toBe(0);
  });
});

describe('清徐 demo totals match the article (2023)', () => {
  it('has 458 enterprises, 107 四上, 49 规上工业 and 9 高新技术', async () => {
    const qingxu = await t.ctx.db
      .selectFrom('zones')
      .select('id')
      .where('code', '=', 'qingxu')
      .executeTakeFirstOrThrow();
    const scope = { zoneId: qingxu.id, role: 'leader' as const, parkIds: null, orgUnitIds: [], enterpriseId: null };
    const { countEnterprises } = await import('../src/features/enterprises/enterprise-search.repository.js');
    const base = { sort: 'name' as const, order: 'asc' as const };
    expect(await countEnterprises(t.ctx.db, scope, base)).toBe(458);
    const year = { ...base, classificationYear: 2023 };
    expect(await countEnterprises(t.ctx.db, scope, { ...year, classification: 'fourAbove' })).toBe(107);
    expect(await countEnterprises(t.ctx.db, scope, { ...year, classification: 'aboveScaleIndustrial' })).toBe(49);
    expect(await countEnterprises(t.ctx.db, scope, { ...year, classification: 'highTech' })).toBe(9);
    const rows = await searchEnterprises(t.ctx.db, scope, { ...base, q: 'xmkj' }, { offset: 0, limit: 5 });
    expect(rows).toEqual([]);
  });
});

describe('the hot-path queries use the indexes', () => {
  const plan = async (query: ReturnType<typeof sql>) => {
    if (dialectOf(t.ctx.db) === 'sqlite') {
      const rows = await sql<{ detail: string }>`explain query plan ${query}`.execute(t.ctx.db);
      return rows.rows.map((r) => r.detail).join('\n');
    }
    // Tiny tables make a scan cheapest; forbid it so the plan shows whether the index can serve.
    await sql`set enable_seqscan = off`.execute(t.ctx.db);
    const rows = await sql<{ 'QUERY PLAN': string }>`explain ${query}`.execute(t.ctx.db);
    await sql`set enable_seqscan = on`.execute(t.ctx.db);
    return rows.rows.map((r) => r['QUERY PLAN']).join('\n');
  };

  it('serves short terms from the gram index', async () => {
    const text = await plan(
      sql`select enterprise_id from enterprise_search_grams where zone_id = ${'z'} and gram = ${'星萌'}`,
    );
    expect(text).toMatch(/enterprise_search_grams_pk|USING (COVERING )?INDEX|Index Only Scan|Index Scan/i);
    expect(text).not.toMatch(/^SCAN enterprise_search_grams$/m);
  });

  it('serves a 1-character term from a range of the gram index', async () => {
    const text = await plan(
      sql`select enterprise_id from enterprise_search_grams
        where zone_id = ${'z'} and gram >= ${'萌'} and gram < ${'萌\u{10FFFF}'}`,
    );
    expect(text).toMatch(/enterprise_search_grams_pk|USING (COVERING )?INDEX|Index Only Scan|Index Scan/i);
    expect(text).not.toMatch(/^SCAN enterprise_search_grams$/m);
  });

  it('serves a credit-code prefix from a range of the (zone, code) unique index', async () => {
    const text = await plan(
      sql`select id from enterprises where zone_id = ${'z'} and uscc >= ${'91'} and uscc < ${'92'}`,
    );
    expect(text).toMatch(/USING (COVERING )?INDEX|Index Only Scan|Index Scan/i);
    expect(text).not.toMatch(/^SCAN enterprises$/m);
  });

  it('serves longer terms from the trigram index', async () => {
    if (dialectOf(t.ctx.db) === 'sqlite') {
      const text = await plan(
        sql`select rowid from enterprise_search_fts where enterprise_search_fts match ${'"xmkj"'}`,
      );
      expect(text).toMatch(/VIRTUAL TABLE INDEX/);
    } else {
      const text = await plan(sql`select enterprise_id from enterprise_search where body like ${'%xmkj%'}`);
      expect(text).toMatch(/enterprise_search_body_trgm/);
    }
  });
});
