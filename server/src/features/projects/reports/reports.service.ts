import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import { AppError, type FieldError } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { buildContest } from '../../investment/contest/contest.service.js';
import { TASK_FORCE_BOUND } from '../../investment/lead-scope.js';
import { listTaskForces } from '../../investment/settings/targets.repository.js';
import { zoneToday } from '../../investment/zone-today.js';
import { viewerOf } from '../project.service.js';
import { projectFieldError } from '../project-messages.js';
import { loadCalendar } from '../rag.service.js';
import { findSettings } from '../settings.repository.js';
import { type AnnualRows, buildAnnual, type ContestResult } from './annual.builder.js';
import { buildMonthly } from './monthly.builder.js';
import { buildQuarterly } from './quarterly.builder.js';
import type { ReportRules } from './report-asof.js';
import { headerOf } from './report-header.js';
import { currentKey, EXAMPLE_KEY, monthsOfYearThrough, parseReportPeriod, type ReportKind } from './report-period.js';
import * as repo from './reports.repository.js';
import type { ReportModel, ReportQuery } from './reports.schema.js';
import { buildWeekly } from './weekly.builder.js';

const PERIOD_WORDS: Record<Locale, Record<ReportKind, string>> = {
  'zh-CN': {
    weekly: '期间“{value}”无效：周调度报告应为 ISO 周，如 {example}',
    monthly: '期间“{value}”无效：月度汇总应为月份，如 {example}',
    quarterly: '期间“{value}”无效：季度分析应为季度，如 {example}',
    annual: '期间“{value}”无效：年度交账应为年份，如 {example}',
  },
  'en-US': {
    weekly: 'period "{value}" is not valid: the weekly report takes an ISO week such as {example}',
    monthly: 'period "{value}" is not valid: the monthly summary takes a month such as {example}',
    quarterly: 'period "{value}" is not valid: the quarterly analysis takes a quarter such as {example}',
    annual: 'period "{value}" is not valid: the annual review takes a year such as {example}',
  },
};

const invalid = (errors: FieldError[]) => new AppError('validation.failed', { count: errors.length }, errors);

function periodError(locale: Locale, kind: ReportKind, value: string): FieldError {
  const message = PERIOD_WORDS[locale][kind].replace('{value}', value).replace('{example}', EXAMPLE_KEY[kind]);
  return { field: 'query.period', code: 'period.invalid', message };
}

/** The task forces the annual review lists: the filter's, a task-force-bound caller's own and those of the projects they see, else the zone's. */
async function annualTaskForces(db: Db, caller: Caller, f: repo.ReportFilter, projects: repo.ReportProjectRow[]) {
  const all = await listTaskForces(db, caller.scope.zoneId);
  if (f.taskForceId !== null) return all.filter((tf) => tf.id === f.taskForceId);
  if (!TASK_FORCE_BOUND.has(caller.scope.role)) return all;
  const seen = new Set([...caller.scope.orgUnitIds, ...projects.map((p) => p.taskForceId)]);
  return all.filter((tf) => seen.has(tf.id));
}

/** The report of a kind for a period (default: the current one), in the caller's project scope. */
export async function buildReport(
  ctx: AppContext,
  db: Db,
  caller: Caller,
  kind: ReportKind,
  query: ReportQuery,
  locale: Locale,
): Promise<ReportModel> {
  const { zoneId } = caller.scope;
  const today = await zoneToday(ctx, db, zoneId);
  const key = query.period ?? currentKey(kind, today);
  const period = parseReportPeriod(kind, key, today);
  const errors: FieldError[] = [];
  if (!period) errors.push(periodError(locale, kind, key));
  const taskForce = query.taskForceId ? await repo.findTaskForce(db, zoneId, query.taskForceId) : null;
  if (query.taskForceId && !taskForce)
    errors.push(projectFieldError(locale, 'query.taskForceId', 'taskForce.notInZone'));
  if (!period || errors.length > 0) throw invalid(errors);

  const [calendar, settings] = await Promise.all([loadCalendar(db, zoneId), findSettings(db, zoneId)]);
  const rules: ReportRules = { period, calendar, amberWorkdays: settings.amberWorkdays };
  const header = headerOf(period, ctx.clock.now().toISOString(), taskForce);
  const f: repo.ReportFilter = { viewer: viewerOf(caller), taskForceId: taskForce?.id ?? null };
  const year = Number(period.start.slice(0, 4));
  const [projects, milestones] = await Promise.all([repo.listReportProjects(db, f), repo.listReportMilestones(db, f)]);

  switch (kind) {
    case 'weekly': {
      const [changes, meetings, actions] = await Promise.all([
        repo.listReportChanges(db, f, period.start, period.last),
        repo.listReportMeetings(db, f, period.start, period.last),
        repo.listOpenActions(db, f, period.asOf),
      ]);
      return buildWeekly(header, { projects, milestones, changes, meetings, actions }, rules);
    }
    case 'monthly': {
      const months = monthsOfYearThrough(period.start);
      const [investment, plans] = await Promise.all([
        repo.listReportInvestment(db, f, months[0] ?? period.key, period.key),
        repo.listReportPlans(db, f, year),
      ]);
      return buildMonthly(header, { projects, milestones, investment, plans }, rules);
    }
    case 'quarterly': {
      const [investment, plans] = await Promise.all([
        repo.listReportInvestment(db, f, period.start.slice(0, 7), period.last.slice(0, 7)),
        repo.listReportPlans(db, f, year),
      ]);
      return buildQuarterly(header, { projects, milestones, investment, plans }, rules);
    }
    case 'annual': {
      const [investment, plans, contest, taskForces] = await Promise.all([
        repo.listReportInvestment(db, f, `${year}-01`, `${year}-12`),
        repo.listReportPlans(db, f, year),
        buildContest(ctx, db, caller.scope, String(year), locale),
        annualTaskForces(db, caller, f, projects),
      ]);
      const results = new Map<string, ContestResult>(
        contest.taskForces.map((r) => [r.id, { targets: r.targets, completion: r.completion }]),
      );
      const rows: AnnualRows = { taskForces, contest: results, projects, milestones, investment, plans };
      return buildAnnual(header, rows, rules);
    }
  }
}
