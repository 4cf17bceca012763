import { TEMPLATES } from '@zonehub/project-rules';
import { WorkingCalendar } from '@zonehub/working-calendar';
import { describe, expect, it } from 'vitest';
import {
  API,
  addMilestone,
  clients,
  createProject,
  daysFrom,
  detailOf,
  ids,
  type Problem,
  type ProjectView,
  setUpProjectWorld,
  t,
  today,
  zoneId,
} from './project-world.js';

setUpProjectWorld();

const list = async (query: string, client = clients.member) => {
  const response = await client.get(`${API}?pageSize=200&${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: ProjectView[]; total: number }>();
};

describe('projects', () => {
  it('creates a project from its kind’s template, planned on working days with the plan as baseline', async () => {
    const project = await createProject(clients.member, { template: true, signedOn: today, kind: 'new' });
    expect(project.code).toMatch(/^XM-\d{4}-\d{3}$/);
    expect(project.stage).toBe('signed');
    expect(project.milestones).toHaveLength(TEMPLATES.new.length);
    const calendar = new WorkingCalendar();
    for (const m of project.milestones) {
      expect(calendar.isWorkday(m.plannedStartOn), m.plannedStartOn).toBe(true);
      expect(calendar.isWorkday(m.dueOn), m.dueOn).toBe(true);
      expect([m.baselineStartOn, m.baselineDueOn]).toEqual([m.plannedStartOn, m.dueOn]);
      expect(m.dueOn >= m.plannedStartOn).toBe(true);
    }
    expect(project.milestones.some((m) => m.predecessorIds.length > 0)).toBe(true);
    expect(project.canEdit).toBe(true);
    const audit = await t.ctx.db.selectFrom('auditLog').select('action').where('entityId', '=', project.id).execute();
    expect(audit.map((a) => a.action)).toContain('project.create');
  });

  it('refuses a project of a task force the member is not in, and foreign references by field', async () => {
    const other = await clients.member.post(API, {
      name: 'PJT 他人专班',
      kind: 'new',
      taskForceId: ids.浩诚环保项目专班,
      template: false,
    });
    expect(other.statusCode, other.body).toBe(403);
    const bad = await clients.member.post(
      API,
      { name: 'PJT 坏引用', kind: 'new', taskForceId: ids.星萌冻干项目专班, parkId: 'nope', template: false },
      { 'accept-language': 'en-US' },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors).toEqual([
      expect.objectContaining({ field: 'body.parkId', message: 'the park is not in this zone' }),
    ]);
    const count = await t.ctx.db.selectFrom('projects').select('id').where('name', '=', 'PJT 坏引用').execute();
    expect(count).toHaveLength(0);
  });

  it('lists with filters (light, kind, task force, text) and shows the rule with each light', async () => {
    const red = await createProject(clients.member, { kind: 'renovation', name: 'PJT 红灯技改' });
    await addMilestone(red, { name: 'PJT 已逾期', plannedStartOn: daysFrom(-40), dueOn: daysFrom(-20) });
    const green = await createProject(clients.member, { kind: 'expansion', name: 'PJT 绿灯扩建' });
    await addMilestone(green, { name: 'PJT 远期', plannedStartOn: daysFrom(-5), dueOn: daysFrom(120) });

    const reds = await list('ragStatus=red&q=PJT');
    expect(reds.items.map((p) => p.id)).toContain(red.id);
    expect(reds.items.map((p) => p.id)).not.toContain(green.id);
    const greens = await list('ragStatus=green&q=PJT');
    expect(greens.items.map((p) => p.id)).toContain(green.id);
    expect((await list('kind=renovation&q=PJT')).items.every((p) => p.id !== green.id)).toBe(true);
    expect((await list(`taskForceId=${ids.浩诚环保项目专班}&q=PJT`)).total).toBe(0);
    const byText = await list('q=PJT 红灯');
    expect(byText.items.map((p) => p.id)).toEqual([red.id]);
    const summary = byText.items[0];
    expect(summary?.overdueItems).toBe(1);
    expect(summary?.nextDue).toEqual({ name: 'PJT 已逾期', dueOn: daysFrom(-20) });
    const sorted = await list('q=PJT&sort=dueSoon&order=asc');
    expect(sorted.items.findIndex((p) => p.id === red.id)).toBeLessThan(
      sorted.items.findIndex((p) => p.id === green.id),
    );

    const detail = await detailOf(red);
    expect(detail.ragStatus).toBe('red');
    const item = detail.milestones[0];
    expect(item?.rule).toMatchObject({ status: 'red', amberWorkdays: 5, dueOn: daysFrom(-20), today });
    expect(item?.rule.slackWorkdays).toBeLessThan(0);
    expect(detail.calendar.coveredThrough).toBeGreaterThanOrEqual(2025);
  });

  it('saves a PATCH with the version and tells the later save who changed it and when', async () => {
    const project = await createProject();
    const first = await clients.member.patch(`${API}/${project.id}`, {
      version: project.version,
      totalInvestmentYuan: 320_000_000,
      phases: [{ name: '一期', investmentYuan: 320_000_000, capacity: '冻干生产线20条，年产1万吨', expectedJobs: 300 }],
    });
    expect(first.statusCode, first.body).toBe(200);
    const saved = first.json<ProjectView>();
    expect(saved.version).toBe(project.version + 1);
    expect(saved.phases).toMatchObject([{ name: '一期', expectedJobs: 300 }]);
    const stale = await clients.admin.patch(`${API}/${project.id}`, { version: project.version, name: 'PJT 后到' });
    expect(stale.statusCode).toBe(409);
    const problem = stale.json<Problem>();
    expect(problem.code).toBe('project.versionConflict');
    const member = await t.ctx.db
      .selectFrom('users')
      .select('displayName')
      .where('id', '=', ids['user:taskForceMember'] ?? '')
      .executeTakeFirstOrThrow();
    expect(problem.detail).toContain(member.displayName);
    expect((await detailOf(project)).name).toBe(project.name);
  });

  it('hands a landed lead over in one step, once; a lead not landed is refused', async () => {
    const leadResponse = await clients.member.post('/api/v1/investment/leads', {
      name: 'PJT 冻干宠物食品项目',
      investorName: `PJT投资${Math.random().toString(36).slice(2, 8)}有限公司`,
      taskForceId: ids.星萌冻干项目专班,
      targetParkId: ids['park:central'],
      plannedInvestmentYuan: 320_000_000,
      expectedTaxYuan: 70_000_000,
      expectedJobs: 300,
    });
    expect(leadResponse.statusCode, leadResponse.body).toBe(201);
    const lead = leadResponse.json<{ lead: { id: string } }>().lead;

    const leader = { leaderInChargeId: ids['user:leader'] };
    const early = await clients.member.post(`${API}/from-lead/${lead.id}`, leader);
    expect(early.statusCode).toBe(409);
    expect(early.json<Problem>().code).toBe('project.leadNotLanded');

    const enterprise = await t.ctx.db
      .selectFrom('enterprises')
      .select('id')
      .where('zoneId', '=', zoneId)
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .updateTable('leads')
      .set({ stage: 'landed', signedOn: daysFrom(-60), landedOn: daysFrom(-10), landedEnterpriseId: enterprise.id })
      .where('id', '=', lead.id)
      .execute();
    const handed = await clients.member.post(`${API}/from-lead/${lead.id}`, leader);
    expect(handed.statusCode, handed.body).toBe(201);
    const project = handed.json<ProjectView>();
    expect(project).toMatchObject({
      name: 'PJT 冻干宠物食品项目',
      leadId: lead.id,
      enterpriseId: enterprise.id,
      parkId: ids['park:central'],
      taskForceId: ids.星萌冻干项目专班,
      totalInvestmentYuan: 320_000_000,
    });
    expect(project.phases).toMatchObject([{ name: '一期', investmentYuan: 320_000_000, expectedJobs: 300 }]);
    expect(project.milestones.length).toBeGreaterThan(0);
    const leadDetail = await clients.member.get(`/api/v1/investment/leads/${lead.id}`);
    expect(leadDetail.json<{ projectId: string | null }>().projectId).toBe(project.id);

    const again = await clients.member.post(`${API}/from-lead/${lead.id}`, leader);
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().code).toBe('project.leadHandedOver');
    expect(again.json<Problem>().detail).toContain(project.code);
  });

  it('hands over a lead once when two people do it at the same moment', async () => {
    const leadResponse = await clients.member.post('/api/v1/investment/leads', {
      name: 'PJT 同时转项目',
      investorName: `PJT并发${Math.random().toString(36).slice(2, 8)}有限公司`,
      taskForceId: ids.星萌冻干项目专班,
    });
    expect(leadResponse.statusCode, leadResponse.body).toBe(201);
    const lead = leadResponse.json<{ lead: { id: string } }>().lead;
    await t.ctx.db
      .updateTable('leads')
      .set({ stage: 'landed', signedOn: daysFrom(-30), landedOn: daysFrom(-1) })
      .where('id', '=', lead.id)
      .execute();
    const responses = await Promise.all([
      clients.member.post(`${API}/from-lead/${lead.id}`, { template: false, leaderInChargeId: ids['user:leader'] }),
      clients.admin.post(`${API}/from-lead/${lead.id}`, { template: false, leaderInChargeId: ids['user:leader'] }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const projects = await t.ctx.db.selectFrom('projects').select('id').where('leadId', '=', lead.id).execute();
    expect(projects).toHaveLength(1);
  });

  it('scopes per role: task force and owned items, park, own enterprise read-only, leader all, department none', async () => {
    const ours = await createProject(clients.member, { enterpriseId: ids.enterprise, parkId: ids['park:central'] });
    const theirs = await createProject(clients.admin, {
      taskForceId: ids.浩诚环保项目专班,
      parkId: ids['park:south'],
      name: 'PJT 他人项目',
    });
    const seen = async (client: (typeof clients)[keyof typeof clients]) =>
      (await list('q=PJT', client)).items.map((p) => p.id);

    expect(await seen(clients.member)).toContain(ours.id);
    expect(await seen(clients.member)).not.toContain(theirs.id);
    expect((await clients.member.get(`${API}/${theirs.id}`)).statusCode).toBe(404);
    const owned = await addMilestone(theirs, { ownerId: ids['user:taskForceMember'] }, clients.admin);
    expect(await seen(clients.member)).toContain(theirs.id);
    const asOwner = await detailOf(theirs);
    expect(asOwner.canEdit).toBe(false);
    expect(asOwner.milestones.find((m) => m.id === owned.id)?.canUpdate).toBe(true);
    expect((await clients.member.patch(`${API}/${theirs.id}`, { version: theirs.version, name: 'x' })).statusCode).toBe(
      403,
    );

    expect(await seen(clients.park)).toContain(ours.id);
    expect(await seen(clients.park)).not.toContain(theirs.id);

    expect(await seen(clients.enterprise)).toEqual([ours.id]);
    expect((await detailOf(ours, clients.enterprise)).canEdit).toBe(false);
    const write = await clients.enterprise.post(`${API}/${ours.id}/milestones`, {
      name: 'PJT 企业写',
      plannedStartOn: today,
      dueOn: today,
    });
    expect(write.statusCode).toBe(403);

    const leaderSees = await seen(clients.leader);
    expect(leaderSees).toEqual(expect.arrayContaining([ours.id, theirs.id]));
    expect((await clients.leader.patch(`${API}/${ours.id}`, { version: 1, name: 'x' })).statusCode).toBe(403);
    expect((await clients.department.get(API)).statusCode).toBe(403);
  });
});
