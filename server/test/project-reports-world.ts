import { randomUUID } from 'node:crypto';
import type { ProjectChangeKind } from '../src/features/projects/project-change.table.js';
import { ids, t, zoneId } from './project-world.js';

/**
 * The reports test's small zone: a task force of its own (报告专班) with two projects whose items,
 * changes, investment, meetings and action items have known dates in 2026, and one project of the
 * demo task-force member's task force (for the scope check). Rows go straight into the tables so no
 * service writes changes of its own. The expected figures are worked out in the test.
 */
export const W = {
  tf: '',
  p1: '',
  p2: '',
  p3: '',
  owner: '',
  ownerName: '',
  enterpriseName: '',
  m: {} as Record<string, string>,
};
const stamp = '2026-01-01T00:00:00.000Z';

async function addProject(code: string, name: string, taskForceId: string) {
  const id = randomUUID();
  await t.ctx.db
    .insertInto('projects')
    .values({
      id,
      zoneId,
      code,
      name,
      kind: 'new',
      isTransformation: 0,
      taskForceId,
      stage: 'signed',
      ragStatus: 'green',
      version: 1,
      isDemo: 0,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .execute();
  return id;
}

let seq = 0;
async function addItem(
  key: string,
  projectId: string,
  stepKey: string,
  dates: { due: string; baseline?: string; done?: string },
) {
  const id = randomUUID();
  seq += 1;
  await t.ctx.db
    .insertInto('projectMilestones')
    .values({
      id,
      zoneId,
      projectId,
      seq,
      stepKey,
      name: `PJT ${key}`,
      ownerId: W.owner,
      plannedStartOn: '2026-01-05',
      dueOn: dates.due,
      baselineStartOn: '2026-01-05',
      baselineDueOn: dates.baseline ?? dates.due,
      actualDoneOn: dates.done ?? null,
      ragStatus: dates.done ? 'done' : 'green',
      version: 1,
      isDemo: 0,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .execute();
  W.m[key] = id;
}

async function addChange(
  projectId: string,
  kind: ProjectChangeKind,
  from: string | null,
  to: string | null,
  onDay: string,
  milestoneId: string | null = null,
) {
  await t.ctx.db
    .insertInto('projectChanges')
    .values({
      id: randomUUID(),
      zoneId,
      projectId,
      milestoneId,
      kind,
      fromValue: from,
      toValue: to,
      onDay,
      at: `${onDay}T02:00:00.000Z`,
      byUserId: null,
      isDemo: 0,
    })
    .execute();
}

async function addMeeting(seriesId: string, heldOn: string, onSite: boolean) {
  const id = randomUUID();
  await t.ctx.db
    .insertInto('meetings')
    .values({
      id,
      zoneId,
      seriesId,
      heldOn,
      place: 'PJT 会议室',
      onSite: onSite ? 1 : 0,
      siteEnterpriseId: onSite ? ids.enterprise : null,
      version: 1,
      isDemo: 0,
      createdAt: `${heldOn}T01:00:00.000Z`,
      updatedAt: `${heldOn}T01:00:00.000Z`,
    })
    .execute();
  return id;
}

async function addOutcome(
  meetingId: string,
  seriesId: string,
  kind: 'action' | 'decision',
  text: string,
  extra: { dueOn?: string; closedOn?: string; projectId?: string } = {},
) {
  await t.ctx.db
    .insertInto('meetingOutcomes')
    .values({
      id: randomUUID(),
      zoneId,
      meetingId,
      seriesId,
      projectId: extra.projectId ?? null,
      kind,
      text,
      ownerId: kind === 'action' ? W.owner : null,
      dueOn: extra.dueOn ?? null,
      status: kind === 'decision' || extra.closedOn ? 'closed' : 'open',
      result: extra.closedOn ? '已完成' : null,
      closedOn: extra.closedOn ?? null,
      version: 1,
      isDemo: 0,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .execute();
}

export async function buildReportWorld(): Promise<void> {
  const db = t.ctx.db;
  W.tf = randomUUID();
  await db
    .insertInto('orgUnits')
    .values({
      id: W.tf,
      zoneId,
      kind: 'taskForce',
      code: 'PJT-TF',
      name: 'PJT 报告专班',
      isDemo: 0,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .execute();
  // Owner of every item and action: the leader (not task-force-bound, so owning grants no extra scope).
  W.owner = ids['user:leader'] ?? '';
  const owner = await db.selectFrom('users').select('displayName').where('id', '=', W.owner).executeTakeFirstOrThrow();
  W.ownerName = owner.displayName;
  const enterprise = await db
    .selectFrom('enterprises')
    .select('name')
    .where('id', '=', ids.enterprise ?? '')
    .executeTakeFirstOrThrow();
  W.enterpriseName = enterprise.name;

  W.p1 = await addProject('PJT-R1', 'PJT 报告甲', W.tf);
  W.p2 = await addProject('PJT-R2', 'PJT 报告乙', W.tf);
  W.p3 = await addProject('PJT-R3', 'PJT 报告丙', ids.星萌冻干项目专班 ?? '');

  await addItem('立项备案', W.p1, 'approvalFiling', { due: '2026-10-09', done: '2026-10-08' });
  await addItem('环评', W.p1, 'environmentalReview', { due: '2026-10-20', baseline: '2026-10-16', done: '2026-10-22' });
  await addItem('施工许可', W.p1, 'constructionPermit', { due: '2026-10-28' });
  await addItem('开工', W.p1, 'constructionStart', { due: '2026-11-30', baseline: '2026-11-20' });
  await addItem('能评', W.p2, 'energyReview', { due: '2026-11-18', done: '2026-11-18' });
  await addItem('规划许可', W.p2, 'planningPermit', { due: '2026-11-19' });
  await addItem('竣工验收', W.p2, 'completionAcceptance', { due: '2026-09-30', done: '2026-09-25' });
  await addItem('投产', W.p2, 'productionStart', { due: '2026-06-30', done: '2026-07-02' });
  await addItem('二期开工', W.p2, 'constructionStart', { due: '2026-03-31', done: '2026-03-30' });
  await addItem('丙事项', W.p3, 'approvalFiling', { due: '2026-10-15', done: '2026-10-14' });

  // Week 2026-W47 is 16–22 November.
  await addChange(W.p1, 'projectRag', 'green', 'red', '2026-11-17');
  await addChange(W.p2, 'milestoneDone', null, '2026-11-18', '2026-11-18', W.m.能评);
  await addChange(W.p2, 'stage', 'preliminary', 'producing', '2026-11-18');
  await addChange(W.p1, 'dueMoved', '2026-11-20', '2026-11-30', '2026-11-19', W.m.开工);
  await addChange(W.p1, 'projectRag', 'red', 'amber', '2026-11-25');
  await addChange(W.p3, 'projectRag', 'green', 'amber', '2026-11-18');

  const money = [
    [W.p1, '2026-01', 1_000_000],
    [W.p1, '2026-09', 2_000_000],
    [W.p1, '2026-10', 1_500_000],
    [W.p1, '2026-11', 500_000],
    [W.p2, '2025-12', 3_000_000],
    [W.p2, '2026-10', 2_500_000],
  ] as const;
  for (const [projectId, month, completedYuan] of money)
    await db
      .insertInto('projectInvestmentMonths')
      .values({ projectId, zoneId, month, completedYuan, version: 1, isDemo: 0, updatedAt: stamp })
      .execute();
  for (const [projectId, plannedYuan] of [
    [W.p1, 12_000_000],
    [W.p2, 8_000_000],
  ] as const)
    await db
      .insertInto('projectInvestmentPlans')
      .values({ projectId, zoneId, year: 2026, plannedYuan, isDemo: 0, updatedAt: stamp })
      .execute();

  const seriesId = randomUUID();
  await db
    .insertInto('meetingSeries')
    .values({
      id: seriesId,
      zoneId,
      name: 'PJT 报告专班周调度会',
      cadence: 'weekly',
      taskForceId: W.tf,
      isActive: 1,
      version: 1,
      isDemo: 0,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .execute();
  const earlier = await addMeeting(seriesId, '2026-11-09', false);
  await addOutcome(earlier, seriesId, 'action', 'PJT 落实贷款', { dueOn: '2026-11-27', closedOn: '2026-11-24' });
  const inWeek = await addMeeting(seriesId, '2026-11-16', true);
  await addOutcome(inWeek, seriesId, 'action', 'PJT 协调临时用电', { dueOn: '2026-11-20', projectId: W.p1 });
  await addOutcome(inWeek, seriesId, 'action', 'PJT 补正材料', { dueOn: '2026-11-30', closedOn: '2026-11-20' });
  await addOutcome(inWeek, seriesId, 'decision', 'PJT 同意调整方案');
  const later = await addMeeting(seriesId, '2026-11-23', false);
  await addOutcome(later, seriesId, 'action', 'PJT 下周事项', { dueOn: '2026-12-04' });

  // Contest: a target of 4 new leads for 2026, three leads registered in 2026 (one in 2025).
  await db
    .insertInto('contestTargets')
    .values({
      id: randomUUID(),
      zoneId,
      taskForceId: W.tf,
      periodKey: '2026',
      metric: 'newLeads',
      targetValue: 4,
      isDemo: 0,
      updatedBy: null,
      updatedAt: stamp,
    })
    .execute();
  for (const [code, registeredOn] of [
    ['PJTL1', '2026-02-10'],
    ['PJTL2', '2026-06-01'],
    ['PJTL3', '2026-11-02'],
    ['PJTL4', '2025-12-30'],
  ] as const)
    await db
      .insertInto('leads')
      .values({
        id: randomUUID(),
        zoneId,
        code,
        name: `PJT 线索${code}`,
        stage: 'reserve',
        version: 1,
        isDemo: 0,
        investorName: `PJT 投资方${code}`,
        investorKey: `PJT 投资方${code}`,
        investorPinyin: code.toLowerCase(),
        taskForceId: W.tf,
        ownerId: W.owner,
        registeredOn,
        stageEnteredOn: registeredOn,
        createdAt: stamp,
        updatedAt: stamp,
      })
      .execute();
}
