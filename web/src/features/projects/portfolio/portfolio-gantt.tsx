import { Empty, Flex, Pagination, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../charts/chart';
import { useWidth } from '../../../charts/use-width';
import { ErrorResult } from '../../errors/error-pages';
import { buildGanttOption, VISIBLE_ROWS } from '../gantt.option';
import { plotWidthOf } from '../gantt-axis';
import { usePortfolioGanttQuery } from './portfolio.api';
import type { PortfolioFilter } from './portfolio.types';
import { projectGanttRows } from './portfolio-gantt-rows';

const PAGE_SIZE = 50;

/** The Gantt of all projects with the portfolio's filters, one row per project, paged by the server. */
export function PortfolioGantt({ filter }: { filter: PortfolioFilter }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const gantt = usePortfolioGanttQuery({ ...filter, page, pageSize: PAGE_SIZE }, true);
  const [host, width] = useWidth<HTMLDivElement>();
  const option = useMemo(() => {
    const data = gantt.data;
    if (!data || data.items.length === 0) return null;
    const rows = projectGanttRows(data.items, data.today);
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
  }, [gantt.data, t, width]);
  if (gantt.isError) return <ErrorResult error={gantt.error} />;
  if (!gantt.data) return <Spin />;
  const { total } = gantt.data;
  if (!option) return <Empty />;
  const from = (page - 1) * PAGE_SIZE + 1;
  return (
    <Flex vertical gap={8} ref={host}>
      <Chart
        option={option.option}
        // A few rows still leave room for the time axis above them.
        style={{ height: Math.max(4, Math.min(option.rows, VISIBLE_ROWS)) * 30 + 110 }}
        testId="portfolio-gantt"
      />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          {t('portfolio.gantt.page', { from, to: from + gantt.data.items.length - 1, total })}
        </Typography.Text>
        <Pagination
          size="small"
          current={page}
          pageSize={PAGE_SIZE}
          total={total}
          showSizeChanger={false}
          onChange={setPage}
          data-testid="portfolio-gantt-pages"
        />
      </Flex>
    </Flex>
  );
}
