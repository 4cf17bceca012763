import { describe, expect, it } from 'vitest';
import type { GanttMilestone } from '../project.types';
import { projectGanttRows } from './portfolio-gantt-rows';

const item = (over: Partial<GanttMilestone>): GanttMilestone => ({
  id: 'm',
  name: 'm',
  baselineStartOn: '2026-01-01',
  baselineDueOn: '2026-02-01',
  plannedStartOn: '2026-01-01',
  dueOn: '2026-02-01',
  actualStartOn: null,
  actualDoneOn: null,
  ragStatus: 'green',
  ...over,
});

describe('projectGanttRows', () => {
  it('spans the items, draws an open late item up to today and takes the worst light', () => {
    const [row] = projectGanttRows(
      [
        {
          projectName: 'P',
          milestones: [
            item({ actualStartOn: '2026-01-03', actualDoneOn: '2026-01-20', ragStatus: 'done' }),
            item({
              baselineStartOn: '2026-02-01',
              baselineDueOn: '2026-03-01',
              plannedStartOn: '2026-02-01',
              dueOn: '2026-03-10',
              ragStatus: 'red',
            }),
            item({ plannedStartOn: '2026-03-01', dueOn: '2026-05-01', ragStatus: 'amber' }),
          ],
        },
      ],
      '2026-04-01',
    );
    expect(row).toEqual({
      kind: 'milestone',
      label: 'P',
      baseline: { start: '2026-01-01', end: '2026-03-01' },
      bar: { start: '2026-01-03', end: '2026-05-01' },
      ragStatus: 'red',
    });
  });

  it('colours a project with every item done as done, and one with no items with no light', () => {
    const rows = projectGanttRows(
      [
        { projectName: 'Done', milestones: [item({ actualDoneOn: '2026-01-10', ragStatus: 'done' })] },
        { projectName: 'Empty', milestones: [] },
      ],
      '2026-04-01',
    );
    expect(rows.map((r) => [r.ragStatus, r.bar])).toEqual([
      ['done', { start: '2026-01-01', end: '2026-01-10' }],
      [null, null],
    ]);
  });
});
