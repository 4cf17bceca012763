import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from './helper.js';

/**
 * Every name search accepts pinyin and initials the way the enterprise search does (issue 10 item
 * 17: "xy" and "xiangying" found no lead while 企业 search found 翔鹰).
 */
let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('zoneAdmin');
});
afterAll(async () => t.close());

const names = (items: { name: string }[]) => items.map((i) => i.name);

describe('lead search by pinyin', () => {
  it('finds a lead by the full pinyin or the initials of its name or its investor, in any case', async () => {
    const zone = await t.ctx.db
      .selectFrom('zones')
      .select('id')
      .where('code', '=', 'changzi')
      .executeTakeFirstOrThrow();
    const unit = await t.ctx.db
      .selectFrom('orgUnits')
      .select('id')
      .where('zoneId', '=', zone.id)
      .where('name', '=', '食用菌项目专班')
      .executeTakeFirstOrThrow();
    const created = await admin.post('/api/v1/investment/leads', {
      name: '翔鹰无人机总装项目',
      investorName: '深圳市鲲鹏航空有限公司',
      taskForceId: unit.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    for (const q of ['xy', 'xiangying', 'XiangYing', 'xywrj', '翔鹰', 'kunpeng', 'szskp']) {
      const list = (await admin.get(`/api/v1/investment/leads?pageSize=200&q=${encodeURIComponent(q)}`)).json();
      expect(names(list.items), q).toContain('翔鹰无人机总装项目');
    }
    const board = (await admin.get('/api/v1/investment/leads/board?q=xiangying')).json();
    const onBoard = board.pools.flatMap((p: { items: { name: string }[] }) => names(p.items));
    expect(onBoard).toContain('翔鹰无人机总装项目');
    // Not every lead: a term that is in no key finds none of them.
    const none = (await admin.get('/api/v1/investment/leads?q=qqqzzz')).json();
    expect(none.total).toBe(0);
  });

  it('finds the demo leads by pinyin too (低空经济 → dkjj)', async () => {
    const list = (await admin.get('/api/v1/investment/leads?pageSize=200&q=dkjj')).json();
    expect(names(list.items)).toContain('低空经济');
  });
});

describe('project and user search by pinyin', () => {
  it('finds the 星萌 project by xm and xingmeng', async () => {
    const leader = await t.loginAs('leader');
    for (const q of ['xm', 'xingmeng', 'XingMeng', '星萌']) {
      const list = (await leader.get(`/api/v1/projects?pageSize=100&q=${encodeURIComponent(q)}`)).json();
      expect(
        list.items.some((p: { name: string }) => p.name.includes('星萌')),
        q,
      ).toBe(true);
    }
    const none = (await leader.get('/api/v1/projects?q=qqqzzz')).json();
    expect(none.total).toBe(0);
  });

  it('finds a user by the pinyin or initials of the display name, created or renamed through the API', async () => {
    const created = await admin.post('/api/v1/admin/users', {
      username: 'pinyin.search',
      displayName: '欧阳翠花',
      password: 'Pinyin#Search2026',
      role: 'leader',
    });
    expect(created.statusCode, created.body).toBe(201);
    for (const q of ['oych', 'ouyang', 'OuYang', 'cuihua']) {
      const list = (await admin.get(`/api/v1/admin/users?q=${encodeURIComponent(q)}`)).json();
      expect(
        list.items.map((u: { username: string }) => u.username),
        q,
      ).toContain('pinyin.search');
    }
    const id = created.json().id;
    const renamed = await admin.patch(`/api/v1/admin/users/${id}`, { displayName: '司马光' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const found = (await admin.get('/api/v1/admin/users?q=smg')).json();
    expect(found.items.map((u: { username: string }) => u.username)).toContain('pinyin.search');
    const stale = (await admin.get('/api/v1/admin/users?q=oych')).json();
    expect(stale.items.map((u: { username: string }) => u.username)).not.toContain('pinyin.search');
  });
});

describe('meeting pickers by pinyin', () => {
  it('gives the meeting forms each person’s and project’s pinyin keys to filter by', async () => {
    const leader = await t.loginAs('leader');
    const options = (await leader.get('/api/v1/projects/meetings/options')).json();
    const project = options.projects.find((p: { name: string }) => p.name.includes('星萌'));
    // Full pinyin on the first line, initials on the second.
    const [full, initials] = project?.searchKeys.split('\n') ?? [];
    expect(full).toMatch(/^xingmeng/);
    expect(initials).toMatch(/^xm/);
    const person = options.people.find((p: { displayName: string }) => p.displayName === '管委会领导（演示）');
    expect(person?.searchKeys.split('\n')).toContain('gwhldys');
  });
});
