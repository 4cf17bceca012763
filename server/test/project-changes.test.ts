import { WorkingCalendar } from '@zonehub/working-calendar';
import { describe, expect, it } from 'vitest';
import { recomputeEveryZone } from '../src/features/projects/rag.service.js';
import {
  API,
  addMilestone,
  clients,
  createProject,
  daysFrom,
  detailOf,
  ids,
  setUpProjectWorld,
  t,
  today,
} from './project-world.js';

setUpProjectWorld();

const calendar = new WorkingCalendar();

async function changesOf(projectId: string) {
  const rows = await t.ctx.db
    .selectFrom('projectChanges')
    .select(['projectId', 'milestoneId', 'kind', 'fromValue', 'toValue', 'onDay', 'byUserId', 'at'])
    .where('projectId', '=', projectId)
    .orderBy('at')
    .orderBy('kind')
    .execute();
  return rows;
}

const shape = (r: { milestoneId: string | null; kind: string; fromValue: string | null; toValue: string | null }) => ({
  milestoneId: r.milestoneId,
  kind: r.kind,
  from: r.fromValue,
  to: r.toValue,
});

describe('the change log of milestone writes', () => {
  it('logs the project light that turned when an overdue item is added, not the new item itself', async () => {
    const project = await createProject();
    await addMilestone(project, { plannedStartOn: daysFrom(-30), dueOn: calendar.addWorkdays(daysFrom(-10), 0) });
    const rows = await changesOf(project.id);
    expect(rows.map(shape)).toEqual([{ milestoneId: null, kind: 'projectRag', from: 'green', to: 'red' }]);
    expect(rows[0]).toMatchObject({ onDay: today, byUserId: ids['user:taskForceMember'] });
  });

  it('logs done, the item and project lights and the stage when a template step is done', async () => {
    const project = await createProject(clients.member, { template: true, signedOn: today });
    expect(await changesOf(project.id)).toEqual([]);
    const detail = await detailOf(project);
    const first = detail.milestones.find((m) => m.stepKey === 'approvalFiling');
    if (!first) throw new Error('the template has approvalFiling');
    const response = await clients.member.patch(`${API}/${project.id}/milestones/${first.id}`, {
      version: first.version,
      actualStartOn: today,
      actualDoneOn: today,
    });
    expect(response.statusCode, response.body).toBe(200);
    const after = await detailOf(project);
    const rows = await changesOf(project.id);
    const expected = [
      { milestoneId: first.id, kind: 'milestoneDone', from: null, to: today },
      { milestoneId: first.id, kind: 'milestoneRag', from: first.ragStatus, to: 'done' },
      { milestoneId: null, kind: 'stage', from: 'signed', to: 'preliminary' },
    ];
    if (after.ragStatus !== detail.ragStatus)
      expected.push({ milestoneId: null, kind: 'projectRag', from: detail.ragStatus, to: after.ragStatus });
    expect(rows.map(shape)).toEqual(expect.arrayContaining(expected));
    expect(rows).toHaveLength(expected.length);
    expect(after.stage).toBe('preliminary');
    for (const r of rows) expect(r).toMatchObject({ onDay: today, byUserId: ids['user:taskForceMember'] });
  });

  it('logs a moved due date with the light it turned, and nothing for an edit that moves neither', async () => {
    const project = await createProject();
    const item = await addMilestone(project, { plannedStartOn: daysFrom(-10), dueOn: daysFrom(40) });
    expect(item.ragStatus).toBe('green');
    const newDue = calendar.addWorkdays(today, 2);
    const moved = await clients.member.patch(`${API}/${project.id}/milestones/${item.id}`, {
      version: item.version,
      dueOn: newDue,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const renamed = await clients.member.patch(`${API}/${project.id}/milestones/${item.id}`, {
      version: item.version + 1,
      name: 'PJT 改名',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await changesOf(project.id)).map(shape)).toEqual(
      expect.arrayContaining([
        { milestoneId: item.id, kind: 'dueMoved', from: daysFrom(40), to: newDue },
        { milestoneId: item.id, kind: 'milestoneRag', from: 'green', to: 'amber' },
        { milestoneId: null, kind: 'projectRag', from: 'green', to: 'amber' },
      ]),
    );
    expect(await changesOf(project.id)).toHaveLength(3);
  });
});

describe("the demo's change history", () => {
  it("is consistent with the demo's milestones: done rows on their done days by their owners, lights ending as stored", async () => {
    const demo = await t.ctx.db
      .selectFrom('projectChanges')
      .innerJoin('projects', 'projects.id', 'projectChanges.projectId')
      .leftJoin('projectMilestones', 'projectMilestones.id', 'projectChanges.milestoneId')
      .select([
        'projectChanges.kind',
        'projectChanges.toValue',
        'projectChanges.onDay',
        'projectChanges.at',
        'projectChanges.byUserId',
        'projectChanges.projectId',
        'projects.ragStatus as projectRag',
        'projectMilestones.actualDoneOn',
        'projectMilestones.ownerId',
        'projectMilestones.ragStatus as milestoneRag',
        'projectChanges.milestoneId',
      ])
      .where('projectChanges.isDemo', '=', 1)
      .orderBy('projectChanges.at')
      .execute();
    expect(demo.filter((c) => c.kind === 'milestoneDone').length).toBeGreaterThan(0);
    expect(demo.filter((c) => c.kind === 'projectRag').length).toBeGreaterThan(0);
    const lastProjectLight = new Map<string, { to: string | null; stored: string }>();
    const lastItemLight = new Map<string, { to: string | null; stored: string | null }>();
    for (const c of demo) {
      expect(c.onDay <= today).toBe(true);
      if (c.kind === 'milestoneDone') {
        expect(c.toValue).toBe(c.actualDoneOn);
        expect(c.onDay).toBe(c.actualDoneOn);
        expect(c.byUserId).toBe(c.ownerId);
      }
      if (c.kind === 'projectRag') lastProjectLight.set(c.projectId, { to: c.toValue, stored: c.projectRag });
      if (c.kind === 'milestoneRag' && c.milestoneId)
        lastItemLight.set(c.milestoneId, { to: c.toValue, stored: c.milestoneRag });
    }
    for (const { to, stored } of [...lastProjectLight.values(), ...lastItemLight.values()]) expect(to).toBe(stored);
  });
});

/** Every stored light, slack and stage (all zones: the job recomputes each), to compare before and after a recompute. */
async function snapshot() {
  const [milestones, projects] = await Promise.all([
    t.ctx.db.selectFrom('projectMilestones').select(['id', 'projectId', 'ragStatus', 'slackWorkdays']).execute(),
    t.ctx.db.selectFrom('projects').select(['id', 'ragStatus', 'ragSlackWorkdays', 'stage']).execute(),
  ]);
  return {
    milestones: new Map(milestones.map((m) => [m.id, m])),
    projects: new Map(projects.map((p) => [p.id, p])),
  };
}

const countChanges = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('projectChanges')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the change log of the recompute', () => {
  // Last: it moves the clock on.
  it('logs, by no one, exactly the lights that turned, and writes and logs nothing when nothing changed', async () => {
    const project = await createProject();
    const item = await addMilestone(project, { plannedStartOn: today, dueOn: calendar.addWorkdays(today, 8) });
    expect(item.ragStatus).toBe('green');

    // The same day: nothing to write, nothing to log.
    const logged = await countChanges();
    expect(await recomputeEveryZone(t.ctx)).toMatchObject({ milestones: 0, projects: 0 });
    expect(await countChanges()).toBe(logged);

    // Four working days on: this item turns amber, and so do other items of the zone (the demo's).
    const before = await snapshot();
    const later = calendar.addWorkdays(today, 4);
    t.clock.advance(Date.parse(`${later}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`) + 2 * 3_600_000);
    const written = await recomputeEveryZone(t.ctx);
    const after = await snapshot();
    const at = t.clock.now().toISOString();
    const logRows = await t.ctx.db
      .selectFrom('projectChanges')
      .select(['projectId', 'milestoneId', 'kind', 'fromValue', 'toValue', 'onDay', 'byUserId'])
      .where('at', '=', at)
      .execute();

    const expected: Logged[] = [];
    let milestonesWritten = 0;
    for (const [id, m] of after.milestones) {
      const was = before.milestones.get(id);
      if (!was) continue;
      if (was.ragStatus !== m.ragStatus || Number(was.slackWorkdays) !== Number(m.slackWorkdays)) milestonesWritten++;
      if (was.ragStatus !== m.ragStatus)
        expected.push({
          projectId: m.projectId,
          milestoneId: id,
          kind: 'milestoneRag',
          from: was.ragStatus,
          to: m.ragStatus,
        });
    }
    let projectsWritten = 0;
    for (const [id, p] of after.projects) {
      const was = before.projects.get(id);
      if (!was) continue;
      if (was.ragStatus !== p.ragStatus || Number(was.ragSlackWorkdays) !== Number(p.ragSlackWorkdays))
        projectsWritten++;
      else if (was.stage !== p.stage) projectsWritten++;
      if (was.ragStatus !== p.ragStatus)
        expected.push({ projectId: id, milestoneId: null, kind: 'projectRag', from: was.ragStatus, to: p.ragStatus });
      if (was.stage !== p.stage)
        expected.push({ projectId: id, milestoneId: null, kind: 'stage', from: was.stage, to: p.stage });
    }
    expect(written).toMatchObject({ milestones: milestonesWritten, projects: projectsWritten });
    expect(milestonesWritten).toBeGreaterThan(0);
    expect(logRows.map((r) => ({ projectId: r.projectId, ...shape(r) })).sort(byKey)).toEqual(expected.sort(byKey));
    expect(logRows.map(shape)).toEqual(
      expect.arrayContaining([{ milestoneId: item.id, kind: 'milestoneRag', from: 'green', to: 'amber' }]),
    );
    for (const r of logRows) expect(r).toMatchObject({ onDay: later, byUserId: null });

    // A second run the same day: no row written, nothing logged.
    const total = await countChanges();
    expect(await recomputeEveryZone(t.ctx)).toMatchObject({ milestones: 0, projects: 0 });
    expect(await countChanges()).toBe(total);
  });
});

interface Logged {
  projectId: string;
  milestoneId: string | null;
  kind: string;
  from: string | null;
  to: string | null;
}
const keyOf = (r: Logged) => `${r.kind}|${r.projectId}|${r.milestoneId}`;
const byKey = (a: Logged, b: Logged) => keyOf(a).localeCompare(keyOf(b));
