import { Card, Col, Empty, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../charts/chart';
import type { ContestRow } from './contest.api';
import { buildCountsBarOption } from './contest-counts.option';
import { buildScoreBarOption } from './contest-score.option';

/** The scores as ranked bars and the counts side by side, for the task forces of the board. */
export function ContestCharts({ rows }: { rows: readonly ContestRow[] }) {
  const { t } = useTranslation();
  const scoreOption = useMemo(() => buildScoreBarOption(rows, t('investment.contest.score')), [rows, t]);
  const countsOption = useMemo(
    () =>
      buildCountsBarOption(rows, {
        newLeads: t('investment.contest.metric.newLeads'),
        visits: t('investment.contest.metric.visits'),
        negotiating: t('investment.contest.metric.negotiating'),
        signedCount: t('investment.contest.metric.signedCount'),
        landedCount: t('investment.contest.metric.landedCount'),
      }),
    [rows, t],
  );
  const height = Math.max(280, rows.length * 30 + 40);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card title={t('investment.contest.scoreChart')} size="small">
          {rows.length === 0 ? (
            <Empty />
          ) : (
            <Chart option={scoreOption} style={{ height }} testId="contest-score-chart" />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title={t('investment.contest.countsChart')} size="small">
          {rows.length === 0 ? (
            <Empty />
          ) : (
            <Chart option={countsOption} style={{ height }} testId="contest-counts-chart" />
          )}
        </Card>
      </Col>
    </Row>
  );
}
