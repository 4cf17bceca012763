import { describe, expect, it } from 'vitest';
import { buildGanttOption, dayMs, VISIBLE_ROWS } from './gantt.option';
import { ganttRows } from './gantt-rows';
import type { GanttMilestone, GanttPhase } from './project.types';

const LABELS = { baseline: '基线', plan: '计划/实际', today: '今天' };
const DAY = 86_400_000;

const milestone = (id: string, overrides: Partial<GanttMilestone> = {}): GanttMilestone => ({
  id,
  name: `事项${id}`,
  baselineStartOn: '2026-01-05',
  baselineDueOn: '2026-01-30',
  plannedStartOn: '2026-01-05',
  dueOn: '2026-02-10',
  actualStartOn: null,
  actualDoneOn: null,
  ragStatus: 'green',
  ...overrides,
});

const phase = (name: string): GanttPhase => ({
  name,
  plannedStartOn: '2026-01-01',
  plannedEndOn: '2026-12-31',
  actualStartOn: '2026-01-10',
  actualEndOn: null,
});

type Series = { type: string; name: string; data: { name: string; value: number[]; itemStyle: { color: string } }[] };
const seriesOf = (option: ReturnType<typeof buildGanttOption>) => option.series as unknown as Series[];

describe('ganttRows', () => {
  it('groups milestones under their phase, milestones of no phase first', () => {
    const phaseOf = new Map([
      ['a', '一期'],
      ['c', '二期'],
    ]);
    const rows = ganttRows(
      [phase('一期'), phase('二期')],
      [milestone('a'), milestone('b'), milestone('c')],
      phaseOf,
      '2026-03-01',
    );
    expect(rows.map((r) => `${r.kind}:${r.label}`)).toEqual([
      'milestone:事项b',
      'phase:一期',
      'milestone:事项a',
      'phase:二期',
      'milestone:事项c',
    ]);
    // A phase's actual bar runs to today while it is not finished.
    expect(rows[1]?.bar).toEqual({ start: '2026-01-10', end: '2026-03-01' });
  });

  it('draws a done item from its actual start to its done day', () => {
    const [row] = ganttRows(
      [],
      [milestone('a', { actualStartOn: '2026-01-08', actualDoneOn: '2026-01-20', ragStatus: 'done' })],
      new Map(),
      '2026-03-01',
    );
    expect(row?.bar).toEqual({ start: '2026-01-08', end: '2026-01-20' });
    expect(row?.baseline).toEqual({ start: '2026-01-05', end: '2026-01-30' });
  });
});

describe('buildGanttOption', () => {
  it('puts the baseline under a bar coloured by the light, and a today line', () => {
    const rows = ganttRows([], [milestone('a', { ragStatus: 'red' })], new Map(), '2026-02-20');
    const option = buildGanttOption(rows, '2026-02-20', LABELS);
    const [baseline, plan] = seriesOf(option);
    expect(baseline?.type).toBe('custom');
    expect(baseline?.data[0]?.value).toEqual([0, dayMs('2026-01-05'), dayMs('2026-01-30') + DAY, 0]);
    expect(baseline?.data[0]?.itemStyle.color).toBe('transparent');
    expect(plan?.data[0]?.itemStyle.color).toBe('#f5222d');
    expect(plan?.data[0]?.name).toBe('事项a 2026-01-05 – 2026-02-10');
    expect(option.series).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ markLine: expect.objectContaining({ data: [{ xAxis: dayMs('2026-02-20') }] }) }),
      ]),
    );
  });

  it('marks a zero-length item as a point (a diamond)', () => {
    const rows = ganttRows(
      [],
      [milestone('a', { plannedStartOn: '2026-02-01', dueOn: '2026-02-01' })],
      new Map(),
      '2026-01-01',
    );
    const [, plan] = seriesOf(buildGanttOption(rows, '2026-01-01', LABELS));
    expect(plan?.data[0]?.value).toEqual([0, dayMs('2026-02-01'), dayMs('2026-02-01'), 1]);
  });

  it('opens on the whole span of a long project (星萌 2022–2030) and scrolls many rows vertically', () => {
    const many = Array.from({ length: VISIBLE_ROWS + 4 }, (_, i) =>
      milestone(String(i), { plannedStartOn: '2022-03-25', dueOn: '2030-06-30' }),
    );
    const option = buildGanttOption(ganttRows([], many, new Map(), '2026-12-07'), '2026-12-07', LABELS);
    // No horizontal zoom window: the 2022–23 phases are on screen from the start.
    expect(option.dataZoom).toEqual([
      expect.objectContaining({ type: 'slider', yAxisIndex: 0, endValue: VISIBLE_ROWS - 1 }),
    ]);
    const axis = option.xAxis as { min: number; max: number };
    expect(axis.min).toBeLessThanOrEqual(dayMs('2022-03-25'));
    expect(axis.max).toBeGreaterThanOrEqual(dayMs('2030-06-30'));
    const short = buildGanttOption(ganttRows([], [milestone('a')], new Map(), '2026-02-20'), '2026-02-20', LABELS);
    expect(short.dataZoom).toEqual([]);
  });

  it('keeps the 今天 label off the year labels: no tick under it (2027-01-04 hides 2027年)', () => {
    const rows = ganttRows(
      [],
      [milestone('a', { plannedStartOn: '2022-03-25', dueOn: '2030-06-30' })],
      new Map(),
      '2027-01-04',
    );
    const option = buildGanttOption(rows, '2027-01-04', LABELS, 520);
    const axis = option.xAxis as { axisLabel: { customValues: number[]; formatter: (v: number) => string } };
    const texts = axis.axisLabel.customValues.map((v) => axis.axisLabel.formatter(v));
    expect(texts).toContain('2024年');
    expect(texts).not.toContain('2027年');
  });
});
