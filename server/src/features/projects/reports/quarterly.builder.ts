import {
  doneBy,
  itemsByProject,
  type ReportRules,
  round2,
  statesAsOf,
  sumBy,
  taskForcesOf,
  within,
} from './report-asof.js';
import type { ReportHeader } from './report-header.js';
import type { ReportInvestmentRow, ReportMilestoneRow, ReportProjectRow } from './reports.repository.js';
import type { QuarterlyReport } from './reports.schema.js';

export interface QuarterlyRows {
  projects: ReportProjectRow[];
  milestones: ReportMilestoneRow[];
  /** Investment completed in the quarter's months. */
  investment: ReportInvestmentRow[];
  /** Each project's plan for the quarter's year. */
  plans: Map<string, number>;
}

/** Plans are kept per year: a quarter's share is a quarter of it. */
export const QUARTER_SHARE = 0.25;

/**
 * 季度分析: plan against actual per project and per task force. Planned items are those whose
 * baseline due day falls in the quarter (the plan as first made); "planned done" those of them done
 * by the as-of day; "done" every item done in the quarter. Investment planned is the year's plan ÷ 4.
 * Slippage of a planned item: working days from its baseline due day to its done day (or the as-of
 * day while open), never below 0; mean over the planned items, max, and how many slipped at all.
 */
export function buildQuarterly(header: ReportHeader, rows: QuarterlyRows, rules: ReportRules): QuarterlyReport {
  const { period, calendar } = rules;
  const day = period.asOf;
  const states = statesAsOf(rows.projects, itemsByProject(rows.milestones), rules);
  const invested = sumBy(
    rows.investment,
    (r) => r.projectId,
    (r) => r.completedYuan,
  );
  const items = itemsByProject(rows.milestones);

  const figures = (projectIds: readonly string[]) => {
    let planned = 0;
    let plannedDone = 0;
    let done = 0;
    const slips: number[] = [];
    for (const id of projectIds)
      for (const m of items.get(id) ?? []) {
        const isDone = doneBy(m, day);
        if (isDone && within(m.actualDoneOn, period)) done += 1;
        if (!within(m.baselineDueOn, period)) continue;
        planned += 1;
        if (isDone) plannedDone += 1;
        const until = isDone ? (m.actualDoneOn ?? day) : day;
        slips.push(Math.max(0, calendar.workdaysBetween(m.baselineDueOn, until)));
      }
    const withPlan = projectIds.filter((id) => rows.plans.has(id));
    return {
      milestonesPlanned: planned,
      milestonesPlannedDone: plannedDone,
      milestonesDone: done,
      investmentPlanYuan:
        withPlan.length === 0
          ? null
          : round2(withPlan.reduce((s, id) => s + (rows.plans.get(id) ?? 0), 0) * QUARTER_SHARE),
      investmentDoneYuan: round2(projectIds.reduce((s, id) => s + (invested.get(id) ?? 0), 0)),
      slippedItems: slips.filter((s) => s > 0).length,
      meanSlipWorkdays:
        slips.length === 0 ? null : Math.round((slips.reduce((a, b) => a + b, 0) / slips.length) * 10) / 10,
      maxSlipWorkdays: slips.length === 0 ? null : slips.reduce((a, b) => Math.max(a, b), 0),
    };
  };

  const projects = rows.projects.map((p) => {
    const state = states.get(p.id) ?? { stage: p.stage, ragStatus: p.ragStatus };
    return {
      projectId: p.id,
      projectName: p.name,
      taskForceName: p.taskForceName,
      code: p.code,
      stage: state.stage,
      ragStatus: state.ragStatus,
      ...figures([p.id]),
    };
  });
  const taskForces = taskForcesOf(rows.projects).map((tf) => {
    const ids = rows.projects.filter((p) => p.taskForceId === tf.id).map((p) => p.id);
    return { taskForceId: tf.id, taskForceName: tf.name, projects: ids.length, ...figures(ids) };
  });
  return {
    kind: 'quarterly',
    ...header,
    headline: { projects: rows.projects.length, ...figures(rows.projects.map((p) => p.id)) },
    projects,
    taskForces,
  };
}
