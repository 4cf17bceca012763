import { Empty, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../charts/chart';
import { useWidth } from '../../charts/use-width';
import { ErrorResult } from '../errors/error-pages';
import { buildGanttOption, VISIBLE_ROWS } from './gantt.option';
import { plotWidthOf } from './gantt-axis';
import { ganttRows } from './gantt-rows';
import type { ProjectDetail } from './project.types';
import { useProjectGanttQuery } from './projects.api';

/** The project's Gantt (GET /projects/:id/gantt): phases and milestones, baseline against plan or actual. */
export function GanttTab({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const gantt = useProjectGanttQuery(project.id);
  // The time axis' labels are placed for the chart's width (none under another or under 今天).
  const [host, width] = useWidth<HTMLDivElement>();
  const option = useMemo(() => {
    const data = gantt.data;
    const item = data?.items[0];
    if (!data || !item) return null;
    const phaseName = new Map(project.phases.map((p) => [p.id, p.name]));
    const phaseOf = new Map(
      project.milestones.flatMap((m) => {
        const name = m.phaseId ? phaseName.get(m.phaseId) : undefined;
        return name ? [[m.id, name] as const] : [];
      }),
    );
    const rows = ganttRows(item.phases, item.milestones, phaseOf, data.today);
    const labels = {
      baseline: t('projects.gantt.baseline'),
      plan: t('projects.gantt.plan'),
      today: t('projects.gantt.today'),
    };
    const plotWidth =
      width === undefined
        ? undefined
        : plotWidthOf(
            width,
            rows.map((r) => r.label),
          );
    return { rows: rows.length, option: buildGanttOption(rows, data.today, labels, plotWidth) };
  }, [gantt.data, project, t, width]);
  if (gantt.isError) return <ErrorResult error={gantt.error} />;
  if (!gantt.data) return <Spin />;
  if (!option) return <Empty />;
  const height = Math.min(option.rows, VISIBLE_ROWS) * 30 + 90;
  return (
    <div ref={host}>
      <Chart option={option.option} style={{ height }} testId="project-gantt" />
    </div>
  );
}
