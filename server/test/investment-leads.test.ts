import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUscc } from '../src/demo/seed.js';
import { zoneToday } from '../src/features/investment/zone-today.js';
import { type Client, createTestApp, type TestApp } from './helper.js';

/**
 * Leads through the API: create → list → board → detail, filters and sort, duplicate warnings,
 * who sees what, version conflicts, bad input. Every lead here carries the token
 * ZQX in its name so the tests never depend on the demo leads another seed may add.
 */
let t: TestApp;
let admin: Client;
let leader: Client;
let member: Client;
let park: Client;
let enterprise: Client;
let today: string;
const ids: Record<string, string> = {};
const L = '/api/v1/investment/leads';

const daysAgo = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  [admin, leader, member, park, enterprise] = [
    await t.loginAs('zoneAdmin'),
    await t.loginAs('leader'),
    await t.loginAs('taskForceMember'),
    await t.loginAs('parkStaff'),
    await t.loginAs('enterpriseUser'),
  ];
  const zone = await t.ctx.db.selectFrom('zones').select('id').where('code', '=', 'changzi').executeTakeFirstOrThrow();
  ids.zone = zone.id;
  const units = await t.ctx.db.selectFrom('orgUnits').select(['id', 'name']).where('zoneId', '=', zone.id).execute();
  for (const u of units) ids[u.name] = u.id;
  const parks = await t.ctx.db.selectFrom('parks').select(['id', 'code']).where('zoneId', '=', zone.id).execute();
  for (const p of parks) ids[`park:${p.code}`] = p.id;
  const method = await t.ctx.db
    .selectFrom('investmentMethods')
    .select('id')
    .where('zoneId', '=', zone.id)
    .where('name', '=', '以商招商')
    .executeTakeFirstOrThrow();
  ids.method = method.id;
  today = await zoneToday(t.ctx, t.ctx.db, zone.id);
});
afterAll(async () => t.close());

const body = (overrides: Record<string, unknown> = {}) => ({
  name: 'ZQX 冻干果蔬生产线',
  investorName: '山西甲乙食品有限公司',
  taskForceId: ids.食用菌项目专班,
  ...overrides,
});

interface Summary {
  id: string;
  code: string;
  name: string;
  stage: string;
  version: number;
  taskForceId: string;
  targetParkId: string | null;
  plannedInvestmentYuan: number | null;
  reminders: { kind: string }[];
}

async function create(client: Client, overrides: Record<string, unknown> = {}) {
  const response = await client.post(L, body(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ lead: Summary & Record<string, unknown>; duplicates: Record<string, unknown>[] }>();
}

const countLeads = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('leads')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const list = async (client: Client, query: string) => {
  const response = await client.get(`${L}?q=ZQX&pageSize=200&${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Summary[]; total: number }>();
};

describe('leads: create, list, board, detail', () => {
  it('registers a lead in the reserve pool with a code per zone and year, and shows it everywhere', async () => {
    const first = await create(admin, { registeredOn: '2025-03-01', plannedInvestmentYuan: 120_000_000 });
    expect(first.lead).toMatchObject({
      stage: 'reserve',
      version: 1,
      registeredOn: '2025-03-01',
      stageEnteredOn: '2025-03-01',
      taskForceName: '食用菌项目专班',
      plannedInvestmentYuan: 120_000_000,
      canEdit: true,
      canUndo: false,
      gate: { nextPool: 'negotiating', missing: ['meeting'] },
      moves: [],
      attachments: [],
      screenings: [],
    });
    expect(first.lead.code).toMatch(/^ZS2025-\d{4}$/);
    const second = await create(admin, { name: 'ZQX 食用菌菌棒厂', investorName: '浙江丙丁农业科技有限公司' });
    expect(second.lead.code).toMatch(new RegExp(`^ZS${today.slice(0, 4)}-\\d{4}$`));
    expect(second.lead.registeredOn).toBe(today);
    expect(second.duplicates).toEqual([]);
    const again = await create(admin, {
      name: 'ZQX 冷链仓',
      investorName: '河北戊己物流有限公司',
      registeredOn: '2025-04-02',
    });
    expect(Number(again.lead.code.slice(7))).toBe(Number(first.lead.code.slice(7)) + 1);

    const listed = await list(admin, '');
    expect(listed.total).toBe(3);
    expect(listed.items.map((i) => i.id)).toContain(first.lead.id);

    const board = await admin.get(`${L}/board?q=ZQX&perPool=2`);
    expect(board.statusCode, board.body).toBe(200);
    const pools = board.json<{ pools: { stage: string; total: number; items: Summary[] }[] }>().pools;
    expect(pools.map((p) => p.stage)).toEqual(['reserve', 'negotiating', 'signed', 'landed', 'dropped']);
    expect(pools[0]).toMatchObject({ stage: 'reserve', total: 3 });
    expect(pools[0]?.items).toHaveLength(2);
    expect(pools.slice(1).every((p) => p.total === 0 && p.items.length === 0)).toBe(true);

    const detail = await admin.get(`${L}/${first.lead.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ id: first.lead.id, investorName: '山西甲乙食品有限公司', canEdit: true });
    expect((await leader.get(`${L}/${first.lead.id}`)).json()).toMatchObject({ canEdit: false, canUndo: false });
  });
});

describe('leads: filters and sort', () => {
  it('filters by stage, task force, park, method, region, dates and reminders, and sorts', async () => {
    const old = await create(admin, {
      name: 'ZQX 老项目',
      investorName: '广东庚辛电子有限公司',
      registeredOn: daysAgo(200),
      targetParkId: ids['park:south'],
      methodId: ids.method,
      investorRegion: 'greaterBay',
      plannedInvestmentYuan: 5_000_000,
      industryCode: '3511',
    });
    expect(old.lead.reminders.map((r) => r.kind).sort()).toEqual(['idle', 'stale']);
    const byParkMethod = await list(admin, `targetParkId=${ids['park:south']}&methodId=${ids.method}`);
    expect(byParkMethod.items.map((i) => i.id)).toEqual([old.lead.id]);
    expect((await list(admin, 'investorRegion=greaterBay')).items.map((i) => i.id)).toEqual([old.lead.id]);
    expect((await list(admin, 'industryCode=35')).items.map((i) => i.id)).toEqual([old.lead.id]);
    // The SQL range filter picks exactly the leads whose computed reminders say so (the 2025 ones too).
    const every = (await list(admin, '')).items;
    for (const kind of ['idle', 'stale'] as const) {
      const filtered = (await list(admin, `reminder=${kind}`)).items.map((i) => i.id).sort();
      expect(filtered).toContain(old.lead.id);
      expect(filtered).toEqual(
        every
          .filter((i) => i.reminders.some((r) => r.kind === kind))
          .map((i) => i.id)
          .sort(),
      );
    }
    const reminding = (await list(admin, 'reminder=any')).items;
    expect(reminding.length).toBe(every.filter((i) => i.reminders.length > 0).length);
    expect(reminding.every((i) => i.reminders.length > 0)).toBe(true);
    expect(reminding.length).toBeLessThan(every.length);
    const recent = await list(admin, `registeredFrom=${daysAgo(1)}&registeredTo=${today}`);
    expect(recent.items.every((i) => i.id !== old.lead.id)).toBe(true);
    expect(recent.total).toBe(1);
    expect((await list(admin, 'stage=reserve')).total).toBe(4);
    expect((await list(admin, 'stage=signed')).total).toBe(0);
    expect((await list(admin, `taskForceId=${ids.装备制造产业链专班}`)).total).toBe(0);

    const asc = await list(admin, 'sort=plannedInvestmentYuan&order=asc');
    const amounts = asc.items.map((i) => i.plannedInvestmentYuan).filter((n): n is number => n !== null);
    expect(amounts).toEqual([5_000_000, 120_000_000]);
    // Leads without an amount come last in both orders on both databases (PostgreSQL put them first).
    const desc = await list(admin, 'sort=plannedInvestmentYuan&order=desc');
    for (const page of [asc, desc]) {
      const firstNull = page.items.findIndex((i) => i.plannedInvestmentYuan === null);
      expect(page.items.slice(firstNull).every((i) => i.plannedInvestmentYuan === null)).toBe(true);
    }
    const byCode = await list(admin, 'sort=code');
    expect(byCode.items.map((i) => i.code)).toEqual([...byCode.items.map((i) => i.code)].sort());
    const paged = await admin.get(`${L}?q=ZQX&pageSize=2&page=2`);
    expect(paged.json()).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(paged.json<{ items: unknown[] }>().items).toHaveLength(2);
  });
});

describe('leads: duplicate warnings', () => {
  it('warns by credit code, by name across legal forms, by pinyin, and names out-of-scope matches only', async () => {
    const uscc = demoUscc('440300', '深圳市华强电子有限公司');
    const huaqiang = await create(admin, {
      name: 'ZQX 华强电子产业园',
      investorName: '深圳市华强电子有限公司',
      investorUscc: uscc,
    });
    const dup = async (client: Client, query: string) =>
      (await client.get(`${L}/duplicates?${query}`)).json<{ items: Record<string, unknown>[] }>().items;
    expect(await dup(admin, `investorName=${encodeURIComponent('某某无关公司')}&investorUscc=${uscc}`)).toEqual([
      expect.objectContaining({ leadId: huaqiang.lead.id, reason: 'uscc', visible: true }),
    ]);
    const legalForm = await dup(admin, `investorName=${encodeURIComponent('深圳市华强电子（集团）股份有限公司')}`);
    expect(legalForm[0]).toMatchObject({ leadId: huaqiang.lead.id, reason: 'sameName', code: huaqiang.lead.code });
    const homophone = await dup(admin, `investorName=${encodeURIComponent('深圳市花强电子有限公司')}`);
    expect(homophone[0]).toMatchObject({ leadId: huaqiang.lead.id, reason: 'samePinyin' });
    const excluded = await dup(
      admin,
      `investorName=${encodeURIComponent('深圳市华强电子有限公司')}&excludeId=${huaqiang.lead.id}`,
    );
    expect(excluded.some((m) => m.leadId === huaqiang.lead.id)).toBe(false);

    // The task-force member cannot see the 食用菌 lead, yet is told that another task force has it.
    const theirs = await create(member, {
      name: 'ZQX 华强智能硬件',
      investorName: '深圳市华强电子股份有限公司',
      taskForceId: ids.星萌冻干项目专班,
    });
    expect(theirs.duplicates).toEqual([
      {
        leadId: null,
        code: huaqiang.lead.code,
        name: null,
        investorName: '深圳市华强电子有限公司',
        stage: null,
        taskForceName: '食用菌项目专班',
        reason: 'sameName',
        visible: false,
      },
    ]);
  });
});

describe('leads: who sees what', () => {
  it('task-force members see their task force, park staff their park, leaders all, enterprises nothing', async () => {
    await create(admin, {
      name: 'ZQX 中部园区项目',
      investorName: '山东壬癸机械有限公司',
      targetParkId: ids['park:central'],
    });
    const all = await list(leader, '');
    expect(all.total).toBe((await list(admin, '')).total);
    expect(all.total).toBeGreaterThanOrEqual(7);

    const mine = await list(member, '');
    expect(mine.total).toBe(1);
    expect(mine.items.every((i) => i.taskForceId === ids.星萌冻干项目专班)).toBe(true);
    const other = all.items.find((i) => i.taskForceId === ids.食用菌项目专班);
    expect((await member.get(`${L}/${other?.id}`)).statusCode).toBe(404);
    const board = (await member.get(`${L}/board?q=ZQX`)).json<{ pools: { total: number }[] }>();
    expect(board.pools.reduce((s, p) => s + p.total, 0)).toBe(1);

    const parkView = await list(park, '');
    expect(parkView.total).toBe(1);
    expect(parkView.items[0]?.targetParkId).toBe(ids['park:central']);
    expect((await park.post(L, body({ targetParkId: ids['park:central'] }))).statusCode).toBe(403);

    expect((await enterprise.get(L)).statusCode).toBe(403);
    expect((await enterprise.get(`${L}/board`)).statusCode).toBe(403);
    expect((await enterprise.get('/api/v1/investment/options')).statusCode).toBe(403);
  });
});

describe('leads: editing', () => {
  it('edits at the current version, bumps it, and refuses a stale version with who and when, changing nothing', async () => {
    const { lead } = await create(admin, { name: 'ZQX 待编辑', investorName: '江苏子丑科技有限公司' });
    const edited = await admin.patch(`${L}/${lead.id}`, {
      version: 1,
      plannedInvestmentYuan: 3e8,
      investorName: '江苏子丑集团',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, plannedInvestmentYuan: 3e8, investorName: '江苏子丑集团' });
    const stale = await admin.patch(`${L}/${lead.id}`, { version: 1, name: 'ZQX 覆盖' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'lead.versionConflict' });
    expect(stale.json<{ detail: string }>().detail).toContain('开发区管理员（演示）');
    const now = (await admin.get(`${L}/${lead.id}`)).json();
    expect(now).toMatchObject({ name: 'ZQX 待编辑', version: 2 });
    const row = await t.ctx.db
      .selectFrom('leads')
      .select('investorKey')
      .where('id', '=', lead.id)
      .executeTakeFirstOrThrow();
    expect(row.investorKey).toBe('江苏子丑');
    expect((await leader.patch(`${L}/${lead.id}`, { version: 2, name: 'x' })).statusCode).toBe(403);
    expect((await member.patch(`${L}/${lead.id}`, { version: 2, name: 'x' })).statusCode).toBe(404);
  });
});

describe('leads: bad input', () => {
  it("names each bad field in the caller's language and writes nothing", async () => {
    const before = await countLeads();
    const negative = await admin.post(L, body({ plannedInvestmentYuan: -1 }));
    expect(negative.statusCode).toBe(400);
    expect(JSON.stringify(negative.json())).toContain('plannedInvestmentYuan');
    const future = await admin.post(L, body({ registeredOn: '2099-01-01' }), { 'accept-language': 'en-US' });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0]).toMatchObject({ field: 'body.registeredOn', code: 'date.inFuture' });
    expect(future.json().errors[0].message).toContain('cannot be after today');
    // A credit code whose check character is wrong would make the duplicate warning match on nothing.
    const good = demoUscc('440300', '某投资方');
    const badCheck = `${good.slice(0, 17)}${good.endsWith('0') ? '1' : '0'}`;
    const uscc = await admin.post(L, body({ investorUscc: badCheck }));
    expect(uscc.statusCode).toBe(400);
    expect(uscc.json().errors[0].field).toBe('body.investorUscc');
    const links = await admin.post(
      L,
      body({ taskForceId: ids.招商局, industryCode: '9999', methodId: 'nope', targetParkId: 'nope', ownerId: 'nope' }),
    );
    expect(links.statusCode).toBe(400);
    expect(
      links
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['body.industryCode', 'body.methodId', 'body.ownerId', 'body.targetParkId', 'body.taskForceId']);
    expect(links.json().errors[0].message).toMatch(/[专班]/);
    const notTheirs = await member.post(L, body({ taskForceId: ids.食用菌项目专班 }));
    expect(notTheirs.statusCode).toBe(403);
    expect(await countLeads()).toBe(before);
  });
});
