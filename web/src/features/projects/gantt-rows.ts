import type { RagStatus } from '@zonehub/project-rules';
import type { GanttMilestone, GanttPhase } from './project.types';

/** A bar (or a diamond when it has no length) on a Gantt row; days as YYYY-MM-DD, end inclusive. */
export interface GanttBar {
  start: string;
  end: string;
}

/**
 * One row of the Gantt: a phase (its planned span, and what actually happened) or a milestone
 * (its baseline under the current plan, or its actual dates once started or done).
 */
export interface GanttRow {
  kind: 'phase' | 'milestone';
  label: string;
  baseline: GanttBar | null;
  bar: GanttBar | null;
  ragStatus: RagStatus | null;
}

/** The bar drawn over the baseline: actual dates when there are some, else the plan; done items end on their done day. */
function milestoneBar(m: GanttMilestone, today: string): GanttBar {
  const start = m.actualStartOn ?? m.plannedStartOn;
  const end = m.actualDoneOn ?? (m.actualStartOn && m.dueOn < today ? today : m.dueOn);
  // ISO days compare as text; an end before the start (bad data) draws as a point at the start.
  const [, last = start] = [start, end].sort();
  return { start, end: last };
}

function phaseRow(phase: GanttPhase, today: string): GanttRow {
  const planned =
    phase.plannedStartOn && phase.plannedEndOn ? { start: phase.plannedStartOn, end: phase.plannedEndOn } : null;
  const actual = phase.actualStartOn ? { start: phase.actualStartOn, end: phase.actualEndOn ?? today } : null;
  return { kind: 'phase', label: phase.name, baseline: planned, bar: actual, ragStatus: null };
}

/**
 * The rows of one project's Gantt, grouped by phase: each phase's row followed by its milestones
 * (in the order given, i.e. checklist order); milestones of no phase come first. `phaseOf` maps a
 * milestone id to its phase's name (from the project detail; the Gantt answer does not carry it).
 */
export function ganttRows(
  phases: readonly GanttPhase[],
  milestones: readonly GanttMilestone[],
  phaseOf: ReadonlyMap<string, string>,
  today: string,
): GanttRow[] {
  const toRow = (m: GanttMilestone): GanttRow => ({
    kind: 'milestone',
    label: m.name,
    baseline: m.baselineStartOn && m.baselineDueOn ? { start: m.baselineStartOn, end: m.baselineDueOn } : null,
    bar: milestoneBar(m, today),
    ragStatus: m.ragStatus,
  });
  const phaseNames = new Set(phases.map((p) => p.name));
  const rows = milestones.filter((m) => !phaseNames.has(phaseOf.get(m.id) ?? '')).map(toRow);
  for (const phase of phases) {
    rows.push(phaseRow(phase, today));
    rows.push(...milestones.filter((m) => phaseOf.get(m.id) === phase.name).map(toRow));
  }
  return rows;
}
