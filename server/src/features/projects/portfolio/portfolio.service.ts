import { PROJECT_STAGES } from '@zonehub/project-rules';
import type { Db } from '../../../db/database.js';
import type { AppContext } from '../../../http/context.js';
import { zoneToday } from '../../investment/zone-today.js';
import { listSummaryRows } from '../project.repository.js';
import type { ProjectFilter } from '../project.schema.js';
import { countChangesSince, type RecentChangeRow, recentChanges } from '../project-change.repository.js';
import type { ProjectViewer } from '../project-scope.js';
import { toSummary } from '../project-view.js';
import * as repo from './portfolio.repository.js';
import type { Portfolio, PortfolioChange, PortfolioQuery, TaskForceOverdue } from './portfolio.schema.js';

/**
 * "This week" for the portfolio is the last seven days, today included: a leader opening it on a
 * Monday morning wants last week's changes, not an empty list. (The weekly report uses ISO weeks.)
 */
export function weekStartOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 6);
  return date.toISOString().slice(0, 10);
}

const BLOCKERS_PER_PROJECT = 3;
const RECENT_CHANGES = 50;
const num = (v: number | string | null | undefined) => (v === null || v === undefined ? null : Number(v));

const toChange = (r: RecentChangeRow): PortfolioChange => ({
  id: r.id,
  projectId: r.projectId,
  projectCode: r.projectCode,
  projectName: r.projectName,
  milestoneId: r.milestoneId,
  milestoneName: r.milestoneName,
  kind: r.kind,
  from: r.fromValue,
  to: r.toValue,
  on: r.onDay,
  at: r.at,
  byUserId: r.byUserId,
  byName: r.byName,
});

/** The task forces with their projects, worst first: most overdue items, then most red projects. */
async function overdueByTaskForce(db: Db, viewer: ProjectViewer, filter: ProjectFilter): Promise<TaskForceOverdue[]> {
  const [projects, overdue] = await Promise.all([
    repo.projectsByTaskForce(db, viewer, filter),
    repo.overdueItemsByTaskForce(db, viewer, filter),
  ]);
  const overdueOf = new Map(overdue.map((o) => [o.taskForceId, o]));
  return projects
    .map((p) => {
      const o = overdueOf.get(p.taskForceId);
      const minSlack = num(o?.minSlack);
      return {
        taskForceId: p.taskForceId,
        name: p.name,
        projects: Number(p.projects),
        red: Number(p.red ?? 0),
        amber: Number(p.amber ?? 0),
        overdueItems: Number(o?.items ?? 0),
        oldestOverdueWorkdays: minSlack === null ? null : -minSlack,
      };
    })
    .sort((a, b) => b.overdueItems - a.overdueItems || b.red - a.red || a.name.localeCompare(b.name, 'zh-CN'));
}

/**
 * The leaders' portfolio of the projects in the caller's scope (and the task-force / park filter):
 * lights and stages counted, overdue by task force, this week's changes, and a page of projects
 * (worst first: the earliest open due day) with their blockers and this week's change count.
 * Every part is a grouped or set query; the page's blockers and change counts one query each.
 */
export async function portfolioOf(
  ctx: AppContext,
  db: Db,
  viewer: ProjectViewer,
  q: PortfolioQuery,
): Promise<Portfolio> {
  const today = await zoneToday(ctx, db, viewer.scope.zoneId);
  const weekStart = weekStartOf(today);
  const filter: ProjectFilter = { taskForceId: q.taskForceId, parkId: q.parkId };
  const scopedIds = repo.portfolioProjectIds(db, viewer, filter);
  const [grouped, byTaskForce, changes, page] = await Promise.all([
    repo.countByRagAndStage(db, viewer, filter),
    overdueByTaskForce(db, viewer, filter),
    recentChanges(db, viewer.scope.zoneId, scopedIds, weekStart, RECENT_CHANGES),
    listSummaryRows(
      db,
      viewer,
      { ...filter, ragStatus: q.ragStatus, sort: 'dueSoon', order: 'asc', page: q.page, pageSize: q.pageSize },
      { offset: (q.page - 1) * q.pageSize, limit: q.pageSize },
    ),
  ]);
  const counts = { red: 0, amber: 0, green: 0, done: 0 };
  const byStage = Object.fromEntries(PROJECT_STAGES.map((s) => [s, 0])) as Portfolio['byStage'];
  for (const g of grouped) {
    counts[g.ragStatus] += Number(g.n);
    byStage[g.stage] += Number(g.n);
  }
  const pageIds = page.rows.map((r) => r.id);
  const [blockerRows, changeCounts] = await Promise.all([
    pageIds.length === 0 ? Promise.resolve([]) : repo.blockersOf(db, pageIds),
    countChangesSince(db, pageIds, weekStart),
  ]);
  const blockers = new Map<string, Portfolio['items'][number]['blockers']>();
  for (const b of blockerRows) {
    const list = blockers.get(b.projectId) ?? [];
    if (list.length < BLOCKERS_PER_PROJECT && (b.ragStatus === 'red' || b.ragStatus === 'amber'))
      list.push({
        milestoneId: b.id,
        name: b.name,
        ownerName: b.ownerName,
        dueOn: b.dueOn,
        ragStatus: b.ragStatus,
        slackWorkdays: num(b.slackWorkdays),
      });
    blockers.set(b.projectId, list);
  }
  return {
    today,
    weekStart,
    counts,
    byStage,
    overdueByTaskForce: byTaskForce,
    recentChanges: changes.map(toChange),
    items: page.rows.map((r) => ({
      ...toSummary(r),
      blockers: blockers.get(r.id) ?? [],
      changesThisWeek: changeCounts.get(r.id) ?? 0,
    })),
    total: page.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
