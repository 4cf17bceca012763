import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import { zoneToday } from '../../investment/zone-today.js';
import { viewerOf } from '../project.service.js';
import * as repo from './investment.repository.js';
import type { InvestmentSummary, SummaryQuery } from './investment.schema.js';
import { monthsOfYear, percentOf, shareTotals, sumYuan } from './investment-share.js';

/**
 * The zone's investment completed for a year, in the caller's project scope: industrial investment
 * (every project of the module is an industrial project, so it is the sum of their completed
 * investment), the transformation projects' part and share, and the plan against completion per
 * task force and per project.
 */
export async function investmentSummary(
  ctx: AppContext,
  db: Db,
  caller: Caller,
  query: SummaryQuery,
): Promise<InvestmentSummary> {
  const zoneId = caller.scope.zoneId;
  const currentMonth = (await zoneToday(ctx, db, zoneId)).slice(0, 7);
  const year = query.year ?? Number(currentMonth.slice(0, 4));
  const filter = { zoneId, year, taskForceId: query.taskForceId, parkId: query.parkId };
  const viewer = viewerOf(caller);
  const [projects, monthRows] = await Promise.all([
    repo.summaryProjects(db, viewer, filter),
    repo.summaryMonths(db, viewer, filter),
  ]);
  const months = monthsOfYear(year).map((month) => {
    const rows = monthRows.filter((r) => r.month === month);
    return {
      month,
      completedYuan: sumYuan(rows.map((r) => r.completedYuan)),
      transformationYuan: sumYuan(rows.filter((r) => r.isTransformation).map((r) => r.completedYuan)),
    };
  });
  const taskForces = new Map<string, InvestmentSummary['byTaskForce'][number]>();
  for (const p of projects) {
    const tf = taskForces.get(p.taskForceId) ?? {
      taskForceId: p.taskForceId,
      name: p.taskForceName,
      plannedYuan: 0,
      completedYuan: 0,
      pct: null,
    };
    tf.plannedYuan = sumYuan([tf.plannedYuan, p.plannedYuan ?? 0]);
    tf.completedYuan = sumYuan([tf.completedYuan, p.completedYuan]);
    taskForces.set(p.taskForceId, tf);
  }
  return {
    year,
    currentMonth,
    months,
    totals: shareTotals(projects),
    byTaskForce: [...taskForces.values()]
      .map((tf) => ({ ...tf, pct: percentOf(tf.completedYuan, tf.plannedYuan) }))
      .sort((a, b) => b.completedYuan - a.completedYuan || a.name.localeCompare(b.name, 'zh-CN')),
    projects: projects.map((p) => ({
      projectId: p.id,
      code: p.code,
      name: p.name,
      taskForceId: p.taskForceId,
      taskForceName: p.taskForceName,
      isTransformation: p.isTransformation,
      plannedYuan: p.plannedYuan,
      completedYuan: sumYuan([p.completedYuan]),
      pct: percentOf(p.completedYuan, p.plannedYuan),
    })),
  };
}
