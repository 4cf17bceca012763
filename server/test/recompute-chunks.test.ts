import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeEveryZone } from '../src/features/projects/rag.service.js';
import { createTestApp, type TestApp } from './helper.js';

/**
 * The daily light recompute writes a zone's projects a few at a time, one transaction each with an
 * event-loop turn between them, so other requests are answered while it runs (issue 9 finding 5),
 * and its results are those of recomputing every zone at once.
 */
let t: TestApp;
/** Small chunks, so that the demo's projects recompute in many. */
const CHUNK = 2;

beforeAll(async () => {
  t = await createTestApp({ config: { recomputeChunkProjects: CHUNK } });
});
afterAll(async () => {
  await t.close();
});

interface LightState {
  milestones: { id: string; ragStatus: string; slackWorkdays: number | null }[];
  projects: { id: string; ragStatus: string; ragSlackWorkdays: number | null; stage: string }[];
  changeIds: Set<string>;
}

async function lights(): Promise<LightState> {
  const db = t.ctx.db;
  const milestones = await db
    .selectFrom('projectMilestones')
    .select(['id', 'ragStatus', 'slackWorkdays'])
    .orderBy('id')
    .execute();
  const projects = await db
    .selectFrom('projects')
    .select(['id', 'ragStatus', 'ragSlackWorkdays', 'stage'])
    .orderBy('id')
    .execute();
  const changes = await db.selectFrom('projectChanges').select('id').execute();
  return {
    milestones: milestones.map((m) => ({
      ...m,
      slackWorkdays: m.slackWorkdays === null ? null : Number(m.slackWorkdays),
    })),
    projects: projects.map((p) => ({
      ...p,
      ragSlackWorkdays: p.ragSlackWorkdays === null ? null : Number(p.ragSlackWorkdays),
    })),
    changeIds: new Set(changes.map((c) => c.id)),
  };
}

/** The change-log rows written since `before`, without their ids and times, in a stable order. */
async function changesSince(before: LightState) {
  const rows = await t.ctx.db
    .selectFrom('projectChanges')
    .select(['id', 'zoneId', 'projectId', 'milestoneId', 'kind', 'fromValue', 'toValue', 'onDay', 'byUserId'])
    .execute();
  return rows
    .filter((r) => !before.changeIds.has(r.id))
    .map(({ id: _, ...rest }) => JSON.stringify(rest))
    .sort();
}

/** Puts the lights back as they were in `state` and removes the change-log rows written since. */
async function restore(state: LightState) {
  await t.ctx.db.transaction().execute(async (trx) => {
    for (const m of state.milestones)
      await trx
        .updateTable('projectMilestones')
        .set({ ragStatus: m.ragStatus as never, slackWorkdays: m.slackWorkdays })
        .where('id', '=', m.id)
        .execute();
    for (const p of state.projects)
      await trx
        .updateTable('projects')
        .set({ ragStatus: p.ragStatus as never, ragSlackWorkdays: p.ragSlackWorkdays, stage: p.stage as never })
        .where('id', '=', p.id)
        .execute();
    const added = (await trx.selectFrom('projectChanges').select('id').execute())
      .map((c) => c.id)
      .filter((id) => !state.changeIds.has(id));
    for (const id of added) await trx.deleteFrom('projectChanges').where('id', '=', id).execute();
  });
}

describe('the daily light recompute in chunks', () => {
  it('gives the same lights, stages and change log as recomputing each zone at once', async () => {
    // Six weeks on: open items lost slack, some turned amber or red, some projects' stages hold.
    t.clock.advance(42 * 86_400_000);
    const before = await lights();
    expect(before.projects.length).toBeGreaterThan(CHUNK * 3);

    const whole = await recomputeEveryZone(t.ctx, { chunkProjects: 1_000_000 });
    const wholeLights = await lights();
    const wholeChanges = await changesSince(before);
    // The comparison means something only if the recompute changed lights.
    expect(whole.milestones).toBeGreaterThan(0);
    expect(wholeChanges.length).toBeGreaterThan(0);

    await restore(before);
    expect((await lights()).milestones).toEqual(before.milestones);
    const chunked = await recomputeEveryZone(t.ctx);
    expect(chunked.chunks).toBeGreaterThanOrEqual(Math.ceil(before.projects.length / CHUNK));
    expect({ ...chunked, chunks: 0 }).toEqual({ ...whole, chunks: 0 });
    const chunkedLights = await lights();
    expect(chunkedLights.milestones).toEqual(wholeLights.milestones);
    expect(chunkedLights.projects).toEqual(wholeLights.projects);
    expect(await changesSince(before)).toEqual(wholeChanges);
  }, 60_000);

  it('answers a reader between its chunks, before the recompute is done', async () => {
    t.clock.advance(7 * 86_400_000);
    const leader = await t.loginAs('leader');
    let committed = 0;
    let done = false;
    const running = recomputeEveryZone(t.ctx, {
      afterChunk: () => {
        committed += 1;
      },
    }).then((result) => {
      done = true;
      return result;
    });
    const response = await leader.get('/api/v1/projects?pageSize=1');
    const committedWhenAnswered = committed;
    const doneWhenAnswered = done;
    const result = await running;
    expect(response.statusCode).toBe(200);
    // The list was answered while the recompute still had chunks to write (on SQLite its one
    // connection is free only between transactions; on PostgreSQL it never waits).
    expect(doneWhenAnswered).toBe(false);
    expect(result.chunks).toBeGreaterThan(3);
    expect(committedWhenAnswered).toBeLessThan(result.chunks);
  }, 60_000);
});
