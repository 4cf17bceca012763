import { describe, expect, it } from 'vitest';
import { API, clients, daysFrom, ids, type Problem, type ProjectView, setUpProjectWorld, t } from './project-world.js';
import { placeUser } from './user-factory.js';

/**
 * Issue 10 item 15: 转为项目 asks for the task force, the leader in charge and the checklist owner
 * in the same dialog, and the server checks them as the project create route does.
 */
setUpProjectWorld();

async function landedLead(name: string): Promise<string> {
  const response = await clients.member.post('/api/v1/investment/leads', {
    name,
    investorName: `PJT转项目${Math.random().toString(36).slice(2, 8)}有限公司`,
    taskForceId: ids.星萌冻干项目专班,
    targetParkId: ids['park:central'],
    plannedInvestmentYuan: 120_000_000,
  });
  expect(response.statusCode, response.body).toBe(201);
  const id = response.json<{ lead: { id: string } }>().lead.id;
  await t.ctx.db
    .updateTable('leads')
    .set({ stage: 'landed', signedOn: daysFrom(-40), landedOn: daysFrom(-5), landedEnterpriseId: ids.enterprise })
    .where('id', '=', id)
    .execute();
  return id;
}

const projectOfLead = async (leadId: string) =>
  t.ctx.db.selectFrom('projects').select('id').where('leadId', '=', leadId).execute();

describe('转为项目 asks who runs the project', () => {
  it('needs a leader in charge, refuses people and task forces of another zone by field, and writes nothing', async () => {
    const leadId = await landedLead('PJT 转项目须确认');
    const bare = await clients.member.post(`${API}/from-lead/${leadId}`, {});
    expect(bare.statusCode, bare.body).toBe(400);
    expect(bare.json<Problem>().errors?.map((e) => e.field)).toEqual(['body.leaderInChargeId']);

    const outsider = await placeUser(t.ctx.db, 'pjt_qingxu_leader', [{ zone: 'qingxu', role: 'leader' }]);
    const foreign = await clients.member.post(
      `${API}/from-lead/${leadId}`,
      { leaderInChargeId: outsider, checklistOwnerId: 'nobody', taskForceId: 'no-such-unit' },
      { 'accept-language': 'en-US' },
    );
    expect(foreign.statusCode, foreign.body).toBe(400);
    expect(foreign.json<Problem>().errors?.map((e) => e.field)).toEqual([
      'body.taskForceId',
      'body.leaderInChargeId',
      'body.checklistOwnerId',
    ]);
    expect(await projectOfLead(leadId)).toEqual([]);
    const lead = await clients.member.get(`/api/v1/investment/leads/${leadId}`);
    expect(lead.json<{ projectId: string | null }>().projectId).toBeNull();
  });

  it('refuses a task force the caller does not work in', async () => {
    const leadId = await landedLead('PJT 转项目他人专班');
    const response = await clients.member.post(`${API}/from-lead/${leadId}`, {
      leaderInChargeId: ids['user:leader'],
      taskForceId: ids.浩诚环保项目专班,
    });
    expect(response.statusCode, response.body).toBe(403);
    expect(await projectOfLead(leadId)).toEqual([]);
  });

  it('creates the project with the confirmed task force, leader in charge and checklist owner', async () => {
    const leadId = await landedLead('PJT 转项目已确认');
    const response = await clients.member.post(`${API}/from-lead/${leadId}`, {
      leaderInChargeId: ids['user:leader'],
      checklistOwnerId: ids['user:taskForceMember'],
      taskForceId: ids.星萌冻干项目专班,
    });
    expect(response.statusCode, response.body).toBe(201);
    const project = response.json<ProjectView & { leaderInChargeId: string | null }>();
    expect(project).toMatchObject({
      leadId,
      taskForceId: ids.星萌冻干项目专班,
      leaderInChargeId: ids['user:leader'],
      totalInvestmentYuan: 120_000_000,
    });
    expect(project.milestones.length).toBeGreaterThan(0);
    expect(new Set(project.milestones.map((m) => m.ownerId))).toEqual(new Set([ids['user:taskForceMember']]));
  });
});
