import { DEMO_USERNAME_BY_ROLE } from '@zonehub/access';
import {
  contestScore,
  DEFAULT_WEIGHTS,
  investorKey,
  type MoveEvidence,
  missingEvidence,
  periodOf,
  previousPeriod,
  rankByScore,
  STAGES,
  type Stage,
  zeroCounts,
} from '@zonehub/investment-rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shift } from '../src/demo/demo-investment-rows.js';
import { nameKeys } from '../src/features/enterprises/enterprise-names.js';
import type { LeadRow, LeadStageMoveRow } from '../src/features/investment/investment.table.js';
import { createTestApp, type TestApp } from './helper.js';

/** The investment demo data (issue 4 item 9): its invariants, the article's leads, and enough spread. */
let t: TestApp;
let today: string;
let zones: Map<string, string>;
let leads: LeadRow[];
let moves: Map<string, LeadStageMoveRow[]>;
let units: { id: string; name: string; zoneId: string }[];
const MEETING = ['meeting', 'inboundVisit', 'outboundVisit'];

beforeAll(async () => {
  t = await createTestApp();
  today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(t.clock.now());
  zones = new Map((await t.ctx.db.selectFrom('zones').select(['id', 'code']).execute()).map((z) => [z.code, z.id]));
  leads = await t.ctx.db.selectFrom('leads').selectAll().execute();
  units = await t.ctx.db
    .selectFrom('orgUnits')
    .select(['id', 'name', 'zoneId'])
    .where('kind', '=', 'taskForce')
    .execute();
  moves = new Map();
  for (const m of await t.ctx.db.selectFrom('leadStageMoves').selectAll().orderBy('seq').execute())
    moves.set(m.leadId, [...(moves.get(m.leadId) ?? []), m]);
});
afterAll(async () => t.close());

const inZone = (code: string) => leads.filter((l) => l.zoneId === zones.get(code));
const taskForces = (zone: string) => units.filter((u) => u.zoneId === zones.get(zone));

describe('every demo lead keeps the invariants the API relies on', () => {
  it('has version = moves + 1, ordered moves with their gate evidence, the pool entered on the last move, is_demo', async () => {
    expect(leads.length).toBeGreaterThan(250);
    const activities = await t.ctx.db.selectFrom('leadActivities').select(['leadId', 'kind', 'happenedOn']).execute();
    const screenings = await t.ctx.db.selectFrom('leadAccessScreenings').selectAll().execute();
    const contracts = await t.ctx.db
      .selectFrom('leadAttachments')
      .select(['id', 'leadId', 'kind', 'isDemo', 'sizeBytes'])
      .execute();
    const codes = new Set<string>();
    for (const lead of leads) {
      const story = `${lead.code} ${lead.name}`;
      expect(lead.isDemo, story).toBe(1);
      expect(lead.code, story).toMatch(/^ZS\d{4}-\d{4}$/);
      codes.add(`${lead.zoneId}/${lead.code}`);
      expect(lead.investorKey, story).toBe(investorKey(lead.investorName));
      expect(lead.investorPinyin, story).toBe(nameKeys(lead.investorKey).namePinyin);
      expect(lead.methodId, story).not.toBeNull();
      const own = moves.get(lead.id) ?? [];
      expect(lead.version, story).toBe(own.length + 1);
      let stage: Stage = 'reserve';
      let on = lead.registeredOn;
      for (const [i, move] of own.entries()) {
        expect(move.seq, story).toBe(i + 2);
        expect(move.kind, story).toBe(move.toStage === 'dropped' ? 'drop' : 'forward');
        expect(move.fromStage, story).toBe(stage);
        expect(move.effectiveOn >= on && move.effectiveOn <= today, story).toBe(true);
        expect(move.isDemo).toBe(1);
        const e = JSON.parse(move.evidence) as Record<string, unknown>;
        const evidence: MoveEvidence = {
          meetingCount: Number(e.meetingCount ?? 0),
          signedOn: (e.signedOn as string | undefined) ?? null,
          signedAmountYuan: (e.signedAmountYuan as number | undefined) ?? null,
          hasContractDocument: typeof e.contractAttachmentId === 'string',
          screeningVerdict: (e.screeningVerdict as MoveEvidence['screeningVerdict']) ?? null,
          hasEnterprise: typeof e.enterpriseId === 'string',
          hasSite: typeof e.parcelId === 'string' || typeof e.buildingId === 'string',
          reason: move.reason,
        };
        expect(missingEvidence(move.toStage, evidence), `${story} → ${move.toStage}`).toEqual([]);
        if (move.toStage === 'negotiating') {
          const met = activities.filter(
            (a) => a.leadId === lead.id && MEETING.includes(a.kind) && a.happenedOn <= move.effectiveOn,
          );
          expect(met.length, story).toBe(evidence.meetingCount);
        }
        stage = move.toStage;
        on = move.effectiveOn;
      }
      expect(lead.stage, story).toBe(stage);
      expect(lead.stageEnteredOn, story).toBe(on);
      const past = activities.filter((a) => a.leadId === lead.id && a.happenedOn <= today).map((a) => a.happenedOn);
      expect(lead.lastActivityOn, story).toBe(past.length > 0 ? past.sort().at(-1) : null);
      const reached = new Set(own.map((m) => m.toStage));
      if (reached.has('signed')) {
        const passed = screenings.filter(
          (s) => s.leadId === lead.id && s.verdict !== 'reject' && s.decidedOn <= (lead.signedOn ?? ''),
        );
        expect(passed.length, story).toBeGreaterThan(0);
        expect(lead.signedAmountYuan, story).toBeGreaterThan(0);
        const contract = contracts.find((c) => c.id === lead.contractAttachmentId);
        expect(contract?.leadId, story).toBe(lead.id);
        expect(contract?.kind, story).toBe('contract');
      } else expect(lead.signedOn, story).toBeNull();
      const landedOn = [lead.landedEnterpriseId, lead.landedParcelId ?? lead.landedBuildingId];
      if (reached.has('landed')) expect(landedOn, story).not.toContain(null);
      if (lead.stage === 'dropped') expect(lead.droppedReason, story).toBeTruthy();
    }
    expect(codes.size).toBe(leads.length);
    for (const table of ['leadActivities', 'leadAccessScreenings', 'leadAttachments', 'contestTargets'] as const) {
      const rows = await t.ctx.db.selectFrom(table).select('isDemo').execute();
      expect(rows.length, table).toBeGreaterThan(0);
      expect(rows.every((r) => r.isDemo === 1)).toBe(true);
    }
  });
});

describe('the 长子 article', () => {
  const named = (name: string) => {
    const lead = inZone('changzi').find((l) => l.name === name);
    if (!lead) throw new Error(`no demo lead ${name}`);
    return lead;
  };
  const unitName = async (id: string) =>
    (await t.ctx.db.selectFrom('orgUnits').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name;

  it('has 星萌冻干 signed in April 2022 and landed on 山西星萌科技 and parcel CZ-C-01 with 25.6亿元', async () => {
    const lead = named('星萌冻干食品产业园项目');
    expect(lead).toMatchObject({
      stage: 'landed',
      investorName: '浙江同景新能源集团',
      plannedInvestmentYuan: 2_560_000_000,
    });
    expect(lead.signedOn?.slice(0, 7)).toBe('2022-04');
    expect(lead.signedAmountYuan).toBe(2_560_000_000);
    expect(await unitName(lead.taskForceId)).toBe('星萌冻干项目专班');
    const enterprise = await t.ctx.db
      .selectFrom('enterprises')
      .select('name')
      .where('id', '=', lead.landedEnterpriseId ?? '')
      .executeTakeFirst();
    expect(enterprise?.name).toBe('山西星萌科技有限公司');
    const parcel = await t.ctx.db
      .selectFrom('parcels')
      .select('code')
      .where('id', '=', lead.landedParcelId ?? '')
      .executeTakeFirst();
    expect(parcel?.code).toBe('CZ-C-01');
  });

  it('has the 丹朱 tenants signed, four negotiating after April visits, three screened feasible, and 丰台区', async () => {
    for (const name of ['深圳电子信息产业园', '香港智能硬件', '储能锂电池生产基地']) {
      expect(named(name).stage, name).toBe('signed');
      expect(await unitName(named(name).taskForceId)).toBe('丹朱总部经济园区专班');
    }
    const visits = await t.ctx.db.selectFrom('leadActivities').selectAll().execute();
    for (const name of ['冻干薯片', '银耳培育工厂', '青尖椒预冷干燥', '水处理环保设备生产']) {
      const lead = named(name);
      expect(lead.stage, name).toBe('negotiating');
      const april = visits.filter(
        (a) => a.leadId === lead.id && a.kind.endsWith('Visit') && a.happenedOn.startsWith('2024-04'),
      );
      expect(april.length, name).toBeGreaterThan(0);
    }
    for (const name of ['低空经济', '食用明胶', '充换电站基础设施']) {
      const lead = named(name);
      expect(lead.stage, name).toBe('reserve');
      const verdicts = await t.ctx.db
        .selectFrom('leadAccessScreenings')
        .select('verdict')
        .where('leadId', '=', lead.id)
        .execute();
      expect(verdicts.map((v) => v.verdict)).toEqual(['pass']);
    }
    const fengtai = named('京长合作共建园区（丰台区）');
    expect(fengtai.stage).toBe('negotiating');
    const method = await t.ctx.db
      .selectFrom('investmentMethods')
      .select('name')
      .where('id', '=', fengtai.methodId ?? '')
      .executeTakeFirstOrThrow();
    expect(method.name).toBe('飞地招商');
    const trips = visits.filter((a) => a.leadId === null && a.kind === 'outboundVisit');
    for (const zone of ['高平经开区', '山西综改示范区', '长治高新区'])
      expect(
        trips.some((a) => a.subject.includes(zone)),
        zone,
      ).toBe(true);
    for (const city of ['深圳市', '佛山市', '石家庄市'])
      expect(
        visits.some((a) => a.kind === 'outboundVisit' && a.city === city && a.happenedOn.startsWith('2024')),
        city,
      ).toBe(true);
  });
});

describe('spread for the Kanban, the reminders and the contest', () => {
  it('fills every pool and every task force of both zones', async () => {
    for (const [zone, least] of [
      ['changzi', 200],
      ['qingxu', 35],
    ] as const) {
      const own = inZone(zone);
      expect(own.length, zone).toBeGreaterThanOrEqual(least);
      // 清徐's demo has no parcels or factory buildings yet, so none of its leads can land.
      for (const stage of STAGES.filter((s) => zone === 'changzi' || s !== 'landed'))
        expect(own.filter((l) => l.stage === stage).length, `${zone} ${stage}`).toBeGreaterThan(0);
      const units = taskForces(zone);
      expect(units.length).toBe(zone === 'changzi' ? 11 : 3);
      for (const unit of units)
        expect(
          own.some((l) => l.taskForceId === unit.id),
          unit.name,
        ).toBe(true);
    }
    const activities = await t.ctx.db
      .selectFrom('leadActivities')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('zoneId', '=', zones.get('changzi') ?? '')
      .executeTakeFirstOrThrow();
    expect(Number(activities.n)).toBeGreaterThan(1200);
  });

  it('gives the demo task-force account a lead in every pool and demo staff to every task force', async () => {
    const taskforce = await t.ctx.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', DEMO_USERNAME_BY_ROLE.taskForceMember)
      .executeTakeFirstOrThrow();
    const owned = new Set(leads.filter((l) => l.ownerId === taskforce.id).map((l) => l.stage));
    expect([...owned].sort()).toEqual([...STAGES].sort());
    for (const zone of ['changzi', 'qingxu']) {
      for (const unit of taskForces(zone)) {
        const members = await t.ctx.db
          .selectFrom('userOrgUnits')
          .innerJoin('users', 'users.id', 'userOrgUnits.userId')
          .select(['users.displayName', 'users.active'])
          .where('orgUnitId', '=', unit.id)
          .execute();
        const staff = members.filter((m) => m.displayName.endsWith('（演示）') && m.active === 1);
        expect(staff.length, unit.name).toBeGreaterThanOrEqual(2);
      }
    }
    for (const username of ['investment', 'cz.lijianhua'])
      expect((await (await t.login(username)).get('/api/v1/auth/me')).statusCode, username).toBe(200);
  });

  it('has idle and stale leads, and targets for the current year and quarter', async () => {
    const open = inZone('changzi').filter((l) => ['reserve', 'negotiating', 'signed'].includes(l.stage));
    const daysSince = (d: string) => (Date.parse(today) - Date.parse(d)) / 86_400_000;
    expect(open.some((l) => daysSince(l.lastActivityOn ?? l.registeredOn) > 30)).toBe(true);
    expect(open.some((l) => daysSince(l.stageEnteredOn) > 90)).toBe(true);
    for (const period of [periodOf('year', today).key, periodOf('quarter', today).key]) {
      const targets = await t.ctx.db.selectFrom('contestTargets').selectAll().where('periodKey', '=', period).execute();
      const units = new Set(targets.filter((x) => x.zoneId === zones.get('changzi')).map((x) => x.taskForceId));
      expect(units.size, period).toBe(11);
    }
  });

  it('follows every open lead up to the demo’s today: none reads "958 天无动态" (the idle ones stay under 100 days)', async () => {
    const open = leads.filter((l) => ['reserve', 'negotiating', 'signed'].includes(l.stage));
    const daysSince = (d: string) => (Date.parse(today) - Date.parse(d)) / 86_400_000;
    const quiet = open.filter((l) => daysSince(l.lastActivityOn ?? l.registeredOn) > 100).map((l) => l.name);
    expect(quiet).toEqual([]);
    // The article's negotiating leads keep their April 2024 visits and are followed up since.
    const chips = inZone('changzi').find((l) => l.name === '冻干薯片');
    expect(daysSince(chips?.lastActivityOn ?? '')).toBeLessThanOrEqual(25);
  });

  it('ranks the task forces differently in the previous quarter and over the last year', async () => {
    const zoneId = zones.get('changzi') ?? '';
    const activities = await t.ctx.db.selectFrom('leadActivities').selectAll().where('zoneId', '=', zoneId).execute();
    const byId = new Map(inZone('changzi').map((l) => [l.id, l]));
    const ranking = (period: { start: string; end: string }) => {
      const counts = new Map<string, ReturnType<typeof zeroCounts>>();
      const of = (tf: string) => counts.get(tf) ?? counts.set(tf, zeroCounts()).get(tf) ?? zeroCounts();
      const within = (d: string) => d >= period.start && d < period.end;
      for (const l of byId.values()) if (within(l.registeredOn)) of(l.taskForceId).newLeads++;
      for (const a of activities) if (a.kind.endsWith('Visit') && within(a.happenedOn)) of(a.taskForceId).visits++;
      for (const [leadId, own] of moves)
        for (const m of own) {
          const lead = byId.get(leadId);
          if (!lead || !within(m.effectiveOn)) continue;
          if (m.toStage === 'negotiating') of(lead.taskForceId).negotiating++;
          if (m.toStage === 'signed') of(lead.taskForceId).signedCount++;
          if (m.toStage === 'landed') of(lead.taskForceId).landedCount++;
        }
      const ranks = rankByScore(
        [...counts].map(([key, c]) => ({ key, entry: null, score: contestScore(c, DEFAULT_WEIGHTS) })),
      );
      return [...ranks].sort((a, b) => a[1] - b[1]).map(([key]) => key);
    };
    const quarter = previousPeriod(periodOf('quarter', today));
    const year = { start: shift(today, -364), end: shift(today, 1) };
    const inQuarter = ranking(quarter);
    const inYear = ranking(year);
    expect(inYear.length).toBe(11);
    expect(inQuarter.length).toBeGreaterThan(5);
    expect(inQuarter.slice(0, 5)).not.toEqual(inYear.slice(0, 5));
  });
});
