import { deriveStage, projectRag, type RagRule, ragOf } from '@zonehub/project-rules';
import { WorkingCalendar } from '@zonehub/working-calendar';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../http/context.js';
import { zoneToday } from '../investment/zone-today.js';
import type { ProjectStage, RagStatus } from './project.table.js';
import { findSettings, listOverrides } from './settings.repository.js';

/** What a light is computed against: the zone's today, its working calendar and amber threshold. */
export interface RagContext {
  today: string;
  calendar: WorkingCalendar;
  amberWorkdays: number;
}

export async function loadCalendar(db: Db, zoneId: string): Promise<WorkingCalendar> {
  return new WorkingCalendar(await listOverrides(db, zoneId));
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

/** Row ids grouped by the values they are to be set to, so one UPDATE … WHERE id IN (…) writes each group. */
function groupBy<V>(entries: { id: string; value: V; key: string }[]): { value: V; ids: string[] }[] {
  const groups = new Map<string, { value: V; ids: string[] }>();
  for (const e of entries) {
    const group = groups.get(e.key) ?? { value: e.value, ids: [] };
    group.ids.push(e.id);
    groups.set(e.key, group);
  }
  return [...groups.values()];
}

const CHUNK = 500;
function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * Recomputes the lights of the milestones and projects of a zone (or of one project in it) and the
 * projects' stages. Only rows whose derived values changed are written, in batches by new value.
 * Call it inside the transaction of the write that made it necessary.
 */
export async function recomputeRag(
  ctx: AppContext,
  trx: Db,
  zoneId: string,
  projectId: string | null = null,
): Promise<{ milestones: number; projects: number }> {
  const rc = await ragContext(ctx, trx, zoneId);
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
  const changedItems: { id: string; value: { status: RagStatus; slack: number | null }; key: string }[] = [];
  for (const m of milestones) {
    const rule = ruleOf(rc, m);
    const entry = rulesByProject.get(m.projectId) ?? { rules: [], items: [] };
    entry.rules.push(rule);
    entry.items.push(m);
    rulesByProject.set(m.projectId, entry);
    const slack = rule.slackWorkdays;
    if (m.ragStatus !== rule.status || (m.slackWorkdays === null ? null : Number(m.slackWorkdays)) !== slack)
      changedItems.push({ id: m.id, value: { status: rule.status, slack }, key: `${rule.status}|${slack}` });
  }
  for (const group of groupBy(changedItems))
    for (const ids of chunks(group.ids))
      await trx
        .updateTable('projectMilestones')
        .set({ ragStatus: group.value.status, slackWorkdays: group.value.slack })
        .where('id', 'in', ids)
        .execute();

  const changedProjects: {
    id: string;
    value: { status: RagStatus; slack: number | null; stage: ProjectStage };
    key: string;
  }[] = [];
  for (const p of projects) {
    const entry = rulesByProject.get(p.id) ?? { rules: [], items: [] };
    const rag = projectRag(entry.rules);
    const stage = deriveStage(entry.items);
    const slack = rag.slackWorkdays;
    const storedSlack = p.ragSlackWorkdays === null ? null : Number(p.ragSlackWorkdays);
    if (p.ragStatus !== rag.status || storedSlack !== slack || p.stage !== stage)
      changedProjects.push({
        id: p.id,
        value: { status: rag.status, slack, stage },
        key: `${rag.status}|${slack}|${stage}`,
      });
  }
  for (const group of groupBy(changedProjects))
    for (const ids of chunks(group.ids))
      await trx
        .updateTable('projects')
        .set({ ragStatus: group.value.status, ragSlackWorkdays: group.value.slack, stage: group.value.stage })
        .where('id', 'in', ids)
        .execute();
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
