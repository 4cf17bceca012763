import type { RagStatus } from '@zonehub/project-rules';
import type { GanttBar, GanttRow } from '../gantt-rows';
import type { GanttMilestone } from '../project.types';

const SEVERITY: Record<RagStatus, number> = { done: 0, green: 1, amber: 2, red: 3 };

/** The earliest start and latest end of some bars (ISO days compare as text). */
function span(bars: readonly GanttBar[]): GanttBar | null {
  if (bars.length === 0) return null;
  const starts = bars.map((b) => b.start).sort();
  const ends = bars.map((b) => b.end).sort();
  return { start: starts[0] ?? '', end: ends[ends.length - 1] ?? '' };
}

/**
 * One row per project for the all-projects Gantt: the baseline spans its items' baselines, the bar
 * its items as they stand (actual dates where there are some, an open late item up to today), and
 * the colour is the worst open item's light (all done: done).
 */
export function projectGanttRows(
  items: readonly { projectName: string; milestones: readonly GanttMilestone[] }[],
  today: string,
): GanttRow[] {
  return items.map((item) => {
    const ms = item.milestones;
    const baseline = span(
      ms.flatMap((m) =>
        m.baselineStartOn && m.baselineDueOn ? [{ start: m.baselineStartOn, end: m.baselineDueOn }] : [],
      ),
    );
    const bar = span(
      ms.map((m) => {
        const start = m.actualStartOn ?? m.plannedStartOn;
        const end = m.actualDoneOn ?? (m.dueOn < today ? today : m.dueOn);
        // An end before the start (bad data) draws as a point at the start, as on the project's Gantt.
        const [, last = start] = [start, end].sort();
        return { start, end: last };
      }),
    );
    const ragStatus = ms.reduce<RagStatus | null>(
      (worst, m) => (worst === null || SEVERITY[m.ragStatus] > SEVERITY[worst] ? m.ragStatus : worst),
      null,
    );
    return { kind: 'milestone', label: item.projectName, baseline, bar, ragStatus };
  });
}
