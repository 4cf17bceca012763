import { deriveStage, projectRag, type RagRule, ragOf } from '@zonehub/project-rules';
import { WorkingCalendar } from '@zonehub/working-calendar';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../http/context.js';
import { zoneToday } from '../investment/zone-today.js';
import type { ProjectStage, RagStatus } from './project.table.js';
import { insertChanges } from './project-change.repository.js';
import type { NewProjectChange } from './project-change.table.js';
import { writeMilestoneLights, writeProjectLights } from './rag.repository.js';
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
  if (projectId !== null) {
    milestoneQuery = milestoneQuery.where('projectId', '=', projectId);
    projectQuery = projectQuery.where('id', '=', projectId);
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

/** The daily job: every zone in its own transaction (a day has passed: slack shrank everywhere). */
export async function recomputeEveryZone(
  ctx: AppContext,
): Promise<{ zones: number; milestones: number; projects: number }> {
  const zones = await ctx.db.selectFrom('zones').select('id').execute();
  const total = { zones: zones.length, milestones: 0, projects: 0 };
  for (const zone of zones) {
    const changed = await ctx.db.transaction().execute((trx) => recomputeRag(ctx, trx, zone.id));
    total.milestones += changed.milestones;
    total.projects += changed.projects;
  }
  return total;
}
