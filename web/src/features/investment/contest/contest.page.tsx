import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useErrorMessage } from '../../../app/feedback';
import { ErrorResult } from '../../errors/error-pages';
import { RemindersCard } from '../reminders/reminders-card';
import { downloadContestExport, useContestQuery } from './contest.api';
import { ContestCharts } from './contest-charts';
import { periodFromKey, periodParts, zoneToday } from './contest-period';
import { LeaderboardTable, PeopleTable } from './leaderboard-table';
import { PeriodPicker } from './period-picker';

/** 招商大比拼: the task forces' leaderboard of a period, its charts, the people, and what to follow up. */
export function ContestPage() {
  const { t } = useTranslation();
  const showError = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const period = periodFromKey(params.get('period'), zoneToday());
  const board = useContestQuery(period.key);
  const [exporting, setExporting] = useState(false);
  const parts = periodParts(period);
  const periodLabel = t(`investment.contest.periodLabel.${parts.kind}`, { year: parts.year, index: parts.index });

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadContestExport(period.key);
    } catch (error) {
      showError(error);
    } finally {
      setExporting(false);
    }
  };

  if (board.isError && !board.data) return <ErrorResult error={board.error} />;
  const loading = board.isFetching;
  const taskForces = board.data?.taskForces ?? [];
  const people = board.data?.people ?? [];

  return (
    <Flex vertical gap={16} data-testid="contest-page" data-period={period.key} data-loading={String(loading)}>
      <Card
        title={<Typography.Text strong>{t('investment.contest.title')}</Typography.Text>}
        extra={
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportXlsx} data-testid="contest-export">
            {t('investment.contest.export')}
          </Button>
        }
      >
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
          <PeriodPicker
            value={period}
            onChange={(key) =>
              setParams((current) => {
                const next = new URLSearchParams(current);
                next.set('period', key);
                return next;
              })
            }
          />
          <Typography.Text type="secondary" data-testid="contest-period-label">
            {periodLabel}
          </Typography.Text>
        </Flex>
        <LeaderboardTable rows={taskForces} loading={loading} />
      </Card>
      <ContestCharts rows={taskForces} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('investment.contest.people')} size="small">
            <PeopleTable rows={people} loading={loading} />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <RemindersCard />
        </Col>
      </Row>
    </Flex>
  );
}
