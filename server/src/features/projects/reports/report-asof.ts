import { deriveStage, projectRag, ragOf } from '@zonehub/project-rules';
import type { WorkingCalendar } from '@zonehub/working-calendar';
import type { ProjectStage, RagStatus } from '../project.table.js';
import type { ReportPeriod } from './report-period.js';
import type { ReportMilestoneRow, ReportProjectRow } from './reports.repository.js';

/**
 * The rules every report shares. A report is computed as of its period's `asOf` day, so lights,
 * stages and "done" read as they stood then: an item counts as done only when it was done by that
 * day, and its light is the RAG rule (rag.service's) evaluated on that day.
 */
export interface ReportRules {
  period: ReportPeriod;
  calendar: WorkingCalendar;
  amberWorkdays: number;
}

export const doneBy = (m: { actualDoneOn: string | null }, day: string) =>
  m.actualDoneOn !== null && m.actualDoneOn <= day;

export const within = (day: string | null, period: { start: string; last: string }) =>
  day !== null && day >= period.start && day <= period.last;

/** The items of each project, in the rows' order. */
export function itemsByProject(milestones: readonly ReportMilestoneRow[]): Map<string, ReportMilestoneRow[]> {
  const out = new Map<string, ReportMilestoneRow[]>();
  for (const m of milestones) {
    const list = out.get(m.projectId);
    if (list) list.push(m);
    else out.set(m.projectId, [m]);
  }
  return out;
}

export interface ProjectState {
  stage: ProjectStage;
  ragStatus: RagStatus;
}

/** Each project's stage and light as of the rules' day, from its items. */
export function statesAsOf(
  projects: readonly ReportProjectRow[],
  items: Map<string, ReportMilestoneRow[]>,
  rules: ReportRules,
): Map<string, ProjectState> {
  const day = rules.period.asOf;
  const out = new Map<string, ProjectState>();
  for (const p of projects) {
    const list = (items.get(p.id) ?? []).map((m) => ({ ...m, actualDoneOn: doneBy(m, day) ? m.actualDoneOn : null }));
    const light = projectRag(list.map((m) => ragOf(m, day, rules.calendar, rules.amberWorkdays)));
    out.set(p.id, { stage: deriveStage(list), ragStatus: light.status });
  }
  return out;
}

/**
 * Working days an open item is overdue on a day: those after its due day up to the day (0 while not
 * due, and 0 for an item due Friday seen on Saturday: red by the RAG rule, no working day late yet).
 */
export function overdueWorkdays(dueOn: string, day: string, calendar: WorkingCalendar): number {
  return Math.max(0, calendar.workdaysBetween(dueOn, day));
}

/** Percent to one decimal; null when there is nothing to divide by. */
export function percent(part: number, whole: number | null): number | null {
  if (whole === null || whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

/** Sum of a value per key. */
export function sumBy<T>(rows: readonly T[], key: (row: T) => string, value: (row: T) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows) out.set(key(row), (out.get(key(row)) ?? 0) + value(row));
  return out;
}

/** The task forces of the projects, in the projects' order (task force code, then project code). */
export function taskForcesOf(projects: readonly ReportProjectRow[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const p of projects) if (!seen.has(p.taskForceId)) seen.set(p.taskForceId, p.taskForceName);
  return [...seen].map(([id, name]) => ({ id, name }));
}
