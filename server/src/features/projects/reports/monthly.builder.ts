import {
  doneBy,
  itemsByProject,
  percent,
  type ReportRules,
  round2,
  statesAsOf,
  sumBy,
  taskForcesOf,
  within,
} from './report-asof.js';
import type { ReportHeader } from './report-header.js';
import type { ReportInvestmentRow, ReportMilestoneRow, ReportProjectRow } from './reports.repository.js';
import type { MonthlyReport } from './reports.schema.js';

export interface MonthlyRows {
  projects: ReportProjectRow[];
  milestones: ReportMilestoneRow[];
  /** Investment completed from January of the year through the month. */
  investment: ReportInvestmentRow[];
  /** Each project's plan for the month's year. */
  plans: Map<string, number>;
}

/**
 * 月度汇总. Progress per project: stage and light as of the as-of day, items done in the month.
 * Investment: completed in the month and year to date against the year's plan. Milestones hit: done
 * in the month by their due date. Missed: due in the month and not done by then (counted once the due
 * day has passed: before today, or in a month that is over), or done in the month after their due
 * date; late by the working days from due to done (or to the as-of day when still open).
 */
export function buildMonthly(header: ReportHeader, rows: MonthlyRows, rules: ReportRules): MonthlyReport {
  const { period, calendar } = rules;
  const day = period.asOf;
  const month = period.key;
  // Due days before this one have passed (the period's end once the month is over).
  const cutoff = day < period.last ? day : period.end;
  const byId = new Map(rows.projects.map((p) => [p.id, p]));
  const states = statesAsOf(rows.projects, itemsByProject(rows.milestones), rules);

  const monthSum = sumBy(
    rows.investment.filter((r) => r.month === month),
    (r) => r.projectId,
    (r) => r.completedYuan,
  );
  const ytdSum = sumBy(
    rows.investment.filter((r) => r.month <= month),
    (r) => r.projectId,
    (r) => r.completedYuan,
  );
  const investmentOf = (ids: readonly string[]) => {
    const monthYuan = round2(ids.reduce((s, id) => s + (monthSum.get(id) ?? 0), 0));
    const ytdYuan = round2(ids.reduce((s, id) => s + (ytdSum.get(id) ?? 0), 0));
    const planned = ids.filter((id) => rows.plans.has(id));
    const planYuan = planned.length === 0 ? null : round2(planned.reduce((s, id) => s + (rows.plans.get(id) ?? 0), 0));
    return { monthYuan, ytdYuan, planYuan, ytdPercent: percent(ytdYuan, planYuan) };
  };

  const doneInMonth = rows.milestones.filter(
    (m) => byId.has(m.projectId) && doneBy(m, day) && within(m.actualDoneOn, period),
  );
  const itemsDone = sumBy(
    doneInMonth,
    (m) => m.projectId,
    () => 1,
  );

  const entry = (m: ReportMilestoneRow, lateWorkdays: number) => {
    const p = byId.get(m.projectId);
    return {
      projectId: m.projectId,
      projectName: p?.name ?? '',
      taskForceName: p?.taskForceName ?? '',
      milestoneName: m.name,
      ownerName: m.ownerName,
      dueOn: m.dueOn,
      actualDoneOn: doneBy(m, day) ? m.actualDoneOn : null,
      lateWorkdays,
    };
  };
  const hit = doneInMonth.filter((m) => (m.actualDoneOn ?? '') <= m.dueOn).map((m) => entry(m, 0));
  const missed = rows.milestones
    .filter((m) => byId.has(m.projectId))
    .flatMap((m) => {
      const done = doneBy(m, day) ? m.actualDoneOn : null;
      const doneLateInMonth = done !== null && within(done, period) && done > m.dueOn;
      const dueAndMissed = within(m.dueOn, period) && m.dueOn < cutoff && (done === null || done > m.dueOn);
      if (!doneLateInMonth && !dueAndMissed) return [];
      return [entry(m, Math.max(0, calendar.workdaysBetween(m.dueOn, done ?? day)))];
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.projectName.localeCompare(b.projectName, 'zh-CN'));

  const projects = rows.projects.map((p) => {
    const state = states.get(p.id) ?? { stage: p.stage, ragStatus: p.ragStatus };
    return {
      projectId: p.id,
      projectName: p.name,
      taskForceName: p.taskForceName,
      code: p.code,
      stage: state.stage,
      ragStatus: state.ragStatus,
      itemsDone: itemsDone.get(p.id) ?? 0,
      ...investmentOf([p.id]),
    };
  });
  const investmentByTaskForce = taskForcesOf(rows.projects).map((tf) => ({
    taskForceId: tf.id,
    taskForceName: tf.name,
    ...investmentOf(rows.projects.filter((p) => p.taskForceId === tf.id).map((p) => p.id)),
  }));

  return {
    kind: 'monthly',
    ...header,
    headline: {
      projects: rows.projects.length,
      itemsDone: doneInMonth.length,
      hit: hit.length,
      missed: missed.length,
      ...investmentOf(rows.projects.map((p) => p.id)),
    },
    projects,
    investmentByTaskForce,
    hit,
    missed,
  };
}
