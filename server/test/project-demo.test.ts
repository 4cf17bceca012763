import { DEMO_USERNAME_BY_ROLE } from '@zonehub/access';
import { deriveStage, findCycle, milestoneDateProblems, projectRag, ragOf } from '@zonehub/project-rules';
import { WorkingCalendar } from '@zonehub/working-calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '../src/demo/seed.js';
import type { MilestoneRow, ProjectRow } from '../src/features/projects/project.table.js';
import { recomputeRag } from '../src/features/projects/rag.service.js';
import { DEFAULT_SETTINGS } from '../src/features/projects/settings.repository.js';
import { createTestApp, type TestApp } from './helper.js';

/** The project demo data (issue 5 item 8, first slice): the articles' projects and their invariants. */
let t: TestApp;
let today: string;
let projects: ProjectRow[];
let milestones: MilestoneRow[];
let dependencies: { milestoneId: string; predecessorId: string }[];
const calendar = new WorkingCalendar();

beforeAll(async () => {
  t = await createTestApp();
  today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(t.clock.now());
  projects = await t.ctx.db.selectFrom('projects').selectAll().orderBy('code').execute();
  milestones = await t.ctx.db.selectFrom('projectMilestones').selectAll().orderBy('seq').execute();
  dependencies = await t.ctx.db.selectFrom('milestoneDependencies').selectAll().execute();
});
afterAll(async () => t.close());

const named = (name: string) => {
  const p = projects.find((x) => x.name === name);
  if (!p) throw new Error(`no demo project ${name}`);
  return p;
};
const itemsOf = (projectId: string) => milestones.filter((m) => m.projectId === projectId);
const phasesOf = (projectId: string) =>
  t.ctx.db.selectFrom('projectPhases').selectAll().where('projectId', '=', projectId).orderBy('seq').execute();

describe('the 长子 article', () => {
  it('has 星萌冻干 with its three phases and phase one as stated, handed over from its landed lead', async () => {
    const xm = named('星萌冻干食品产业园项目');
    expect(xm).toMatchObject({ totalInvestmentYuan: 2_560_000_000, signedOn: '2022-04-16', isDemo: 1 });
    expect(xm.enterpriseId).toBe(demoId('changzi', 'enterprise', '山西星萌科技有限公司'));
    const phases = await phasesOf(xm.id);
    expect(phases.map((p) => p.name)).toEqual(['一期', '二期', '三期']);
    expect(phases.reduce((sum, p) => sum + (p.investmentYuan ?? 0), 0)).toBeCloseTo(2_560_000_000, 0);
    expect(phases[0]).toMatchObject({
      investmentYuan: 320_000_000,
      capacity: '冻干宠物食品生产线20条，年产1万吨',
      expectedRevenueYuan: 633_000_000,
      expectedTaxYuan: 70_000_000,
      expectedJobs: 300,
      actualEndOn: '2023-05-18',
    });
    const phaseOne = itemsOf(xm.id).filter((m) => m.phaseId === phases[0]?.id);
    expect(phaseOne.length).toBeGreaterThan(5);
    expect(phaseOne.every((m) => m.actualDoneOn !== null && m.ragStatus === 'done')).toBe(true);
    const done = (step: string) => phaseOne.find((m) => m.stepKey === step)?.actualDoneOn;
    expect(done('constructionStart')?.slice(0, 7)).toBe('2022-05');
    expect(done('productionStart')?.slice(0, 7)).toBe('2023-05');
    // Phase two is under construction and due to run at the end of next year; phase three is only planned.
    const phaseTwo = itemsOf(xm.id).filter((m) => m.phaseId === phases[1]?.id);
    expect(phaseTwo.find((m) => m.stepKey === 'constructionStart')?.actualDoneOn).not.toBeNull();
    const production = phaseTwo.find((m) => m.stepKey === 'productionStart');
    expect(production?.actualDoneOn).toBeNull();
    expect(production?.dueOn.slice(0, 4)).toBe(String(Number(today.slice(0, 4)) + 1));
    expect(itemsOf(xm.id).some((m) => m.phaseId === phases[2]?.id)).toBe(false);
    expect(xm.stage).toBe('producing');
    // The demo task-force account owns 星萌's open items, so its own views are not empty.
    const open = itemsOf(xm.id).filter((m) => m.actualDoneOn === null);
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((m) => m.ownerId === demoId('user', DEMO_USERNAME_BY_ROLE.taskForceMember))).toBe(true);

    const lead = await t.ctx.db
      .selectFrom('leads')
      .selectAll()
      .where('id', '=', xm.leadId ?? '')
      .executeTakeFirst();
    expect(lead).toMatchObject({ name: '星萌冻干食品产业园项目', stage: 'landed', projectId: xm.id });
    const handedOver = await t.ctx.db.selectFrom('leads').select('id').where('projectId', 'is not', null).execute();
    expect(handedOver.map((l) => l.id)).toEqual([lead?.id]);
  });

  it('has the other projects it names at the stage it describes, each with its task force', async () => {
    const stageOf = (name: string) => named(name).stage;
    expect(stageOf('川东液化天然气项目')).toBe('completed'); // commissioning: 投产 still open
    expect(stageOf('浩诚环保再生资源循环利用项目')).toBe('completed'); // plant and equipment ready
    expect(stageOf('丹朱总部经济园区项目')).toBe('underConstruction');
    const danzhu = itemsOf(named('丹朱总部经济园区项目').id);
    expect(danzhu.find((m) => m.name === '开工（二期）')?.notes).toContain('桩基工程和基坑支护工程已完成');
    expect(danzhu.find((m) => m.name === '竣工验收（一期）')?.actualDoneOn).toBeNull();
    for (const name of [
      '山西路酒产业园项目',
      '长子县产教融合科技园项目',
      '冷库冷链物流项目',
      '冻干脱水蔬菜项目',
      '食用菌产业项目',
    ])
      expect(named(name).isDemo).toBe(1);
    const units = await t.ctx.db.selectFrom('orgUnits').select(['id', 'name', 'kind']).execute();
    const unitOf = new Map(units.map((u) => [u.id, u]));
    for (const p of projects) expect(unitOf.get(p.taskForceId)?.kind).toBe('taskForce');
    expect(unitOf.get(named('冷库冷链物流项目').taskForceId)?.name).toBe('冷库冷链项目专班');
    const qingxu = projects.filter((p) => p.zoneId === demoId('zone', 'qingxu'));
    // The last three were built in 2022–2024 and carry the article's 2023 investment (24.1亿元, 94.5 % 转型).
    expect(qingxu.map((p) => p.name).sort()).toEqual(
      [
        '美锦焦炉煤气制高纯氢项目',
        '梗阳煤焦油深加工及炭材料项目',
        '山西晋煤物流铁路专用线改扩建项目',
        '美锦华盛焦化升级改造项目',
        '梗阳新能源焦化升级改造项目',
        '晋煤物流煤焦集运站项目',
      ].sort(),
    );
    expect(qingxu.filter((p) => p.isTransformation === 1).length).toBe(4);
  });
});

describe('every demo project keeps the invariants the API relies on', () => {
  it('stores the stage and lights that the rules derive from its milestones today', () => {
    expect(projects.length).toBe(15);
    // Codes as the server numbers them, so the next project created gets the next free number.
    expect(projects.every((p) => /^XM-\d{4}-\d{3}$/.test(p.code))).toBe(true);
    expect(new Set(projects.map((p) => `${p.zoneId}/${p.code}`)).size).toBe(projects.length);
    expect(named('星萌冻干食品产业园项目').code).toBe('XM-2022-001');
    for (const p of projects) {
      const items = itemsOf(p.id);
      expect(p.isDemo).toBe(1);
      expect(p.leaderInChargeId).toBe(demoId('user', DEMO_USERNAME_BY_ROLE.leader));
      expect(p.stage).toBe(deriveStage(items));
      const rules = items.map((m) => ragOf(m, today, calendar, DEFAULT_SETTINGS.amberWorkdays));
      for (const [i, m] of items.entries()) {
        expect(m.ragStatus, `${p.name} ${m.name}`).toBe(rules[i]?.status);
        expect(m.slackWorkdays).toBe(rules[i]?.slackWorkdays);
      }
      const rag = projectRag(rules);
      expect({ name: p.name, status: p.ragStatus, slack: p.ragSlackWorkdays }).toEqual({
        name: p.name,
        status: rag.status,
        slack: rag.slackWorkdays,
      });
    }
  });

  it('shows a mix of red, amber and green today in each zone', () => {
    for (const zone of ['changzi', 'qingxu']) {
      const open = projects.filter((p) => p.zoneId === demoId('zone', zone) && p.ragStatus !== 'done');
      expect([...new Set(open.map((p) => p.ragStatus))].sort(), zone).toEqual(['amber', 'green', 'red']);
    }
  });

  it('has acyclic finish-to-start dependencies within each project, done only after their predecessors', () => {
    expect(dependencies.length).toBeGreaterThan(milestones.length / 2);
    expect(findCycle(dependencies)).toBeNull();
    const byId = new Map(milestones.map((m) => [m.id, m]));
    for (const d of dependencies) {
      const item = byId.get(d.milestoneId);
      const before = byId.get(d.predecessorId);
      expect(item?.projectId).toBe(before?.projectId);
      if (item?.actualDoneOn) expect((before?.actualDoneOn ?? '9999') <= item.actualDoneOn, item.name).toBe(true);
      if (item?.actualStartOn) expect(before?.actualDoneOn, `${item.name} started early`).not.toBeNull();
    }
  });

  it('has actual dates of done items that are not in the future and follow their start', () => {
    for (const m of milestones) {
      expect(m.isDemo).toBe(1);
      expect(m.dueOn >= m.plannedStartOn, m.name).toBe(true);
      expect(m.baselineDueOn >= m.baselineStartOn, m.name).toBe(true);
      if (m.actualDoneOn) {
        expect(m.actualDoneOn <= today, m.name).toBe(true);
        expect(m.actualStartOn !== null && m.actualStartOn <= m.actualDoneOn, m.name).toBe(true);
      }
      if (m.actualStartOn) expect(m.actualStartOn <= today, m.name).toBe(true);
    }
    // And nothing the server would refuse on save (the rules the milestone PATCH applies).
    const byId = new Map(milestones.map((m) => [m.id, m]));
    for (const m of milestones) {
      const preds = dependencies.filter((d) => d.milestoneId === m.id).map((d) => byId.get(d.predecessorId));
      const predecessorsDone = preds.every((p) => p?.actualDoneOn);
      expect({ name: m.name, problems: milestoneDateProblems(m, today, predecessorsDone) }).toEqual({
        name: m.name,
        problems: [],
      });
    }
  });

  it('is left unchanged when the server recomputes every light and stage', async () => {
    for (const zone of ['changzi', 'qingxu'])
      await t.ctx.db.transaction().execute(async (trx) => {
        expect(await recomputeRag(t.ctx, trx, demoId('zone', zone))).toEqual({ milestones: 0, projects: 0 });
      });
  });

  it('gives every item an owner from its task force, or the demo account', async () => {
    const members = await t.ctx.db.selectFrom('userOrgUnits').select(['userId', 'orgUnitId']).execute();
    const inUnit = new Set(members.map((m) => `${m.userId}/${m.orgUnitId}`));
    const projectOf = new Map(projects.map((p) => [p.id, p]));
    for (const m of milestones)
      expect(inUnit.has(`${m.ownerId}/${projectOf.get(m.projectId)?.taskForceId}`), m.name).toBe(true);
  });
});
