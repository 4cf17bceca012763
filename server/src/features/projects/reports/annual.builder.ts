import { doneBy, percent, type ReportRules, round2, sumBy, within } from './report-asof.js';
import type { ReportHeader } from './report-header.js';
import type { ReportInvestmentRow, ReportMilestoneRow, ReportProjectRow } from './reports.repository.js';
import type { AnnualReport } from './reports.schema.js';

/** A task force's contest targets for the year and their results (the investment module's contest). */
export interface ContestResult {
  targets: { metric: string; target: number; actual: number; completion: number | null }[];
  completion: number | null;
}

export interface AnnualRows {
  /** The task forces the report lists, in order. */
  taskForces: { id: string; name: string }[];
  contest: Map<string, ContestResult>;
  projects: ReportProjectRow[];
  milestones: ReportMilestoneRow[];
  /** Investment completed in the year's months. */
  investment: ReportInvestmentRow[];
  plans: Map<string, number>;
}

/** The steps whose completion marks a project started (开工), completed (竣工) and producing (投产). */
const MARKS = {
  started: 'constructionStart',
  completed: 'completionAcceptance',
  producing: 'productionStart',
} as const;

/**
 * 年度交账: each task force's contest targets against its results for the year, and its projects'
 * year: how many started, were completed and began producing (their 开工 / 竣工验收 / 投产 item done
 * in the year), items done and the share of them done by their due date, investment completed
 * against the year's plan.
 */
export function buildAnnual(header: ReportHeader, rows: AnnualRows, rules: ReportRules): AnnualReport {
  const { period } = rules;
  const day = period.asOf;
  const doneInYear = rows.milestones.filter((m) => doneBy(m, day) && within(m.actualDoneOn, period));
  const invested = sumBy(
    rows.investment,
    (r) => r.projectId,
    (r) => r.completedYuan,
  );

  const figures = (projectIds: readonly string[]) => {
    const ids = new Set(projectIds);
    const done = doneInYear.filter((m) => ids.has(m.projectId));
    const marked = (step: string) => new Set(done.filter((m) => m.stepKey === step).map((m) => m.projectId)).size;
    const onTime = done.filter((m) => (m.actualDoneOn ?? '') <= m.dueOn).length;
    const withPlan = projectIds.filter((id) => rows.plans.has(id));
    const investmentPlanYuan =
      withPlan.length === 0 ? null : round2(withPlan.reduce((s, id) => s + (rows.plans.get(id) ?? 0), 0));
    const investmentDoneYuan = round2(projectIds.reduce((s, id) => s + (invested.get(id) ?? 0), 0));
    return {
      projects: projectIds.length,
      started: marked(MARKS.started),
      completed: marked(MARKS.completed),
      producing: marked(MARKS.producing),
      milestonesDone: done.length,
      onTimePercent: percent(onTime, done.length),
      investmentDoneYuan,
      investmentPlanYuan,
      investmentPercent: percent(investmentDoneYuan, investmentPlanYuan),
    };
  };

  const taskForces = rows.taskForces.map((tf) => {
    const contest = rows.contest.get(tf.id);
    return {
      taskForceId: tf.id,
      taskForceName: tf.name,
      targets: contest?.targets ?? [],
      targetCompletion: contest?.completion ?? null,
      ...figures(rows.projects.filter((p) => p.taskForceId === tf.id).map((p) => p.id)),
    };
  });
  const { investmentPercent: _unused, ...all } = figures(rows.projects.map((p) => p.id));
  return { kind: 'annual', ...header, headline: all, taskForces };
}
