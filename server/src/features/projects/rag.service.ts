import { setImmediate as nextTurn } from 'node:timers/promises';
import { deriveStage, projectRag, type RagRule, ragOf } from '@zonehub/project-rules';
import { WorkingCalendar } from '@zonehub/working-calendar';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../http/context.js';
import { zoneToday } from '../investment/zone-today.js';
import type { ProjectStage, RagStatus } from './project.table.js';
import { insertChanges } from './project-change.repository.js';
import type { NewProjectChange } from './project-change.table.js';
import { listProjectIds, writeMilestoneLights, writeProjectLights } from './rag.repository.js';
import { findSettings, listOverrides } from './settings.repository.js';

/** What a light is computed against: the zone's today, its working calendar and amber threshold. */
export interface RagContext {
  today: string;
  calendar: WorkingCalendar;
  amberWorkdays: number;
}

/**
 * The last calendar built for each zone, with the overrides it was built from. A WorkingCalendar
 * does not change once built and fills its per-year counts lazily, so lists that age items in working
 * days reuse those counts instead of redoing them on every request. The overrides are still read each
 * time: a correction saved by another process is seen at once.
 */
const calendars = new Map<string, { overrides: string; calendar: WorkingCalendar }>();

export async function loadCalendar(db: Db, zoneId: string): Promise<WorkingCalendar> {
  const rows = await listOverrides(db, zoneId);
  const overrides = JSON.stringify(rows);
  const cached = calendars.get(zoneId);
  if (cached?.overrides === overrides) return cached.calendar;
  const calendar = new WorkingCalendar(rows);
  calendars.set(zoneId, { overrides, calendar });
  return calendar;
}

export async function ragContext(ctx: AppContext, db: Db, zoneId: string): Promise<RagContext> {
  const [today, calendar, settings] = await Promise.all([
    zoneToday(ctx, db, zoneId),
    loadCalendar(db, zoneId),
    findSettings(db, zoneId),
  ]);
  return { today, calendar, amberWorkdays: settings.amberWorkdays };
}

export const ruleOf = (rc: RagContext, item: { dueOn: string; actualDoneOn: string | null }): RagRule =>
  ragOf(item, rc.today, rc.calendar, rc.amberWorkdays);

/** Who a recompute's change-log rows are by; `record: false` for a project just created (its creation is the event). */
export interface RecomputeOptions {
  /** The user whose write made it necessary; null (default) when the system did: a day passing, a calendar or settings change. */
  by?: string | null;
  record?: boolean;
}

/**
 * Recomputes the lights of the milestones and projects of a zone (or of one project in it) and the
 * projects' stages. Only rows whose light, slack or stage changed are written (rag.repository.ts),
 * and each light that turned and each stage that moved is logged in project_changes. Call it inside
 * the transaction of the write that made it necessary.
 */
export async function recomputeRag(
  ctx: AppContext,
  trx: Db,
  zoneId: string,
  projectId: string | null = null,
  options: RecomputeOptions = {},
): Promise<{ milestones: number; projects: number }> {
  const rc = await ragContext(ctx, trx, zoneId);
  return recomputeProjects(ctx, trx, zoneId, rc, projectId === null ? null : [projectId], options);
}

/**
 * The recompute of some projects of a zone (`null`: all of them) against a light context. A
 * project's light and stage depend on its own milestones only, so recomputing a zone's projects in
 * parts gives what recomputing them at once does.
 */
async function recomputeProjects(
  ctx: AppContext,
  trx: Db,
  zoneId: string,
  rc: RagContext,
  projectIds: readonly string[] | null,
  options: RecomputeOptions,
): Promise<{ milestones: number; projects: number }> {
  const at = ctx.clock.now().toISOString();
  const log: NewProjectChange[] = [];
  const logChange = (change: Pick<NewProjectChange, 'projectId' | 'milestoneId' | 'kind' | 'fromValue' | 'toValue'>) =>
    log.push({
      id: crypto.randomUUID(),
      zoneId,
      ...change,
      onDay: rc.today,
      at,
      byUserId: options.by ?? null,
      isDemo: 0,
    });
  let milestoneQuery = trx
    .selectFrom('projectMilestones')
    .select(['id', 'projectId', 'stepKey', 'dueOn', 'actualDoneOn', 'ragStatus', 'slackWorkdays'])
    .where('zoneId', '=', zoneId);
  let projectQuery = trx
    .selectFrom('projects')
    .select(['id', 'stage', 'ragStatus', 'ragSlackWorkdays'])
    .where('zoneId', '=', zoneId);
  if (projectIds !== null) {
    if (projectIds.length === 0) return { milestones: 0, projects: 0 };
    milestoneQuery = milestoneQuery.where('projectId', 'in', projectIds);
    projectQuery = projectQuery.where('id', 'in', projectIds);
  }
  const [milestones, projects] = await Promise.all([milestoneQuery.execute(), projectQuery.execute()]);

  const rulesByProject = new Map<
    string,
    { rules: RagRule[]; items: { stepKey: string | null; actualDoneOn: string | null }[] }
  >();
  const changedItems: { id: string; status: RagStatus; slack: number | null }[] = [];
  for (const m of milestones) {
    const rule = ruleOf(rc, m);
    const entry = rulesByProject.get(m.projectId) ?? { rules: [], items: [] };
    entry.rules.push(rule);
    entry.items.push(m);
    rulesByProject.set(m.projectId, entry);
    const slack = rule.slackWorkdays;
    if (m.ragStatus !== rule.status || (m.slackWorkdays === null ? null : Number(m.slackWorkdays)) !== slack)
      changedItems.push({ id: m.id, status: rule.status, slack });
    if (m.ragStatus !== rule.status)
      logChange({
        projectId: m.projectId,
        milestoneId: m.id,
        kind: 'milestoneRag',
        fromValue: m.ragStatus,
        toValue: rule.status,
      });
  }
  await writeMilestoneLights(trx, changedItems);

  const changedProjects: { id: string; status: RagStatus; slack: number | null; stage: ProjectStage }[] = [];
  for (const p of projects) {
    const entry = rulesByProject.get(p.id) ?? { rules: [], items: [] };
    const rag = projectRag(entry.rules);
    const stage = deriveStage(entry.items);
    const slack = rag.slackWorkdays;
    const storedSlack = p.ragSlackWorkdays === null ? null : Number(p.ragSlackWorkdays);
    if (p.ragStatus !== rag.status)
      logChange({
        projectId: p.id,
        milestoneId: null,
        kind: 'projectRag',
        fromValue: p.ragStatus,
        toValue: rag.status,
      });
    if (p.stage !== stage)
      logChange({ projectId: p.id, milestoneId: null, kind: 'stage', fromValue: p.stage, toValue: stage });
    if (p.ragStatus !== rag.status || storedSlack !== slack || p.stage !== stage)
      changedProjects.push({ id: p.id, status: rag.status, slack, stage });
  }
  await writeProjectLights(trx, changedProjects);
  if (options.record !== false) await insertChanges(trx, log);
  return { milestones: changedItems.length, projects: changedProjects.length };
}

/** Projects per transaction of the daily recompute when the config names none. */
export const DEFAULT_RECOMPUTE_CHUNK_PROJECTS = 50;

/**
 * The daily job (a day has passed: slack shrank everywhere). Each zone's projects are recomputed
 * `chunkProjects` at a time (default: the config's), each chunk in its own transaction with an
 * event-loop turn after it, so the writer is never held for a whole zone: on SQLite every other
 * request's queries wait for a transaction, and a zone of thousands of projects took seconds. Every
 * chunk is computed against the same today, calendar and threshold, read once per zone. A process
 * stopped between chunks leaves lights that are each right for some project, and the next run
 * finishes the rest. `afterChunk` (tests) runs after each chunk's commit.
 */
export async function recomputeEveryZone(
  ctx: AppContext,
  options: { chunkProjects?: number; afterChunk?: (projects: number) => Promise<void> | void } = {},
): Promise<{ zones: number; milestones: number; projects: number; chunks: number }> {
  const size = options.chunkProjects ?? ctx.config.recomputeChunkProjects ?? DEFAULT_RECOMPUTE_CHUNK_PROJECTS;
  const zones = await ctx.db.selectFrom('zones').select('id').orderBy('id').execute();
  const total = { zones: zones.length, milestones: 0, projects: 0, chunks: 0 };
  for (const zone of zones) {
    const rc = await ragContext(ctx, ctx.db, zone.id);
    const ids = await listProjectIds(ctx.db, zone.id);
    for (let i = 0; i < ids.length; i += size) {
      const chunk = ids.slice(i, i + size);
      const changed = await ctx.db.transaction().execute((trx) => recomputeProjects(ctx, trx, zone.id, rc, chunk, {}));
      total.milestones += changed.milestones;
      total.projects += changed.projects;
      total.chunks += 1;
      await options.afterChunk?.(chunk.length);
      await nextTurn();
    }
  }
  return total;
}
