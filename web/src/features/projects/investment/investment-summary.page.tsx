import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Flex, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useErrorMessage } from '../../../app/feedback';
import { Chart } from '../../../charts/chart';
import { currentLocale } from '../../../i18n';
import { formatYuan } from '../../enterprises/money';
import { ErrorResult } from '../../errors/error-pages';
import { zoneToday } from '../../investment/contest/contest-period';
import { YuanText } from '../../investment/leads/money-text';
import { useProjectOptions } from '../project-options.api';
import {
  downloadInvestmentSummary,
  type InvestmentSummary,
  type SummaryFilter,
  useInvestmentSummary,
} from './investment.api';
import { buildSummaryStackOption } from './investment-chart.option';

type ProjectRow = InvestmentSummary['projects'][number];
type TaskForceRow = InvestmentSummary['byTaskForce'][number];

const pctText = (pct: number | null) => (pct === null ? '—' : `${pct}%`);

/**
 * 投资完成 for the zone: industrial investment of a year (every project here is an industrial
 * project), the transformation projects' part and share (清徐 2023: 94.5 %), the plan's completion,
 * the months stacked, and the figures per task force and per project; the same as xlsx.
 */
export function InvestmentSummaryPage() {
  const { t } = useTranslation();
  const showError = useErrorMessage();
  const locale = currentLocale();
  const [params, setParams] = useSearchParams();
  const filter: SummaryFilter = {
    year: Number(params.get('year')) || Number(zoneToday().slice(0, 4)),
    taskForceId: params.get('taskForceId') ?? undefined,
    parkId: params.get('parkId') ?? undefined,
  };
  const summary = useInvestmentSummary(filter);
  const options = useProjectOptions().data;
  const [exporting, setExporting] = useState(false);
  const data = summary.data;
  const chart = useMemo(
    () =>
      buildSummaryStackOption(data?.months ?? [], {
        transformation: t('projectInvestment.series.transformation'),
        other: t('projectInvestment.series.other'),
        unit: t('projectInvestment.axisWan'),
      }),
    [data, t],
  );
  const setParam = (key: string, value: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadInvestmentSummary(filter);
    } catch (error) {
      showError(error);
    } finally {
      setExporting(false);
    }
  };

  if (summary.isError && !data) return <ErrorResult error={summary.error} />;
  const totals = data?.totals;
  const yuanCell = (yuan: number | null) => (
    <span style={{ whiteSpace: 'nowrap' }}>
      <YuanText yuan={yuan} />
    </span>
  );

  return (
    <Flex vertical gap={16} data-testid="investment-summary-page" data-year={filter.year}>
      <Card
        title={<Typography.Text strong>{t('projectInvestment.summary.title')}</Typography.Text>}
        extra={
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportXlsx} data-testid="investment-export">
            {t('projectInvestment.summary.export')}
          </Button>
        }
      >
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <DatePicker
            picker="year"
            allowClear={false}
            value={dayjs(`${filter.year}-01-01`)}
            onChange={(d) => setParam('year', d ? String(d.year()) : undefined)}
            data-testid="investment-summary-year"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={filter.taskForceId}
            placeholder={t('projectInvestment.summary.allTaskForces')}
            style={{ width: 220 }}
            options={(options?.taskForces ?? []).map((f) => ({ value: f.id, label: f.name }))}
            onChange={(v: string | undefined) => setParam('taskForceId', v)}
            data-testid="investment-filter-taskForce"
          />
          <Select
            allowClear
            value={filter.parkId}
            placeholder={t('projectInvestment.summary.allParks')}
            style={{ width: 180 }}
            options={(options?.parks ?? []).map((p) => ({ value: p.id, label: p.name }))}
            onChange={(v: string | undefined) => setParam('parkId', v)}
            data-testid="investment-filter-park"
          />
        </Flex>
        <Row gutter={[16, 16]}>
          <Col xs={12} lg={6}>
            <Statistic
              title={t('projectInvestment.kpi.completed')}
              valueRender={() => <YuanText yuan={totals?.completedYuan} />}
            />
          </Col>
          <Col xs={12} lg={6}>
            <Statistic
              title={t('projectInvestment.kpi.transformation')}
              valueRender={() => <YuanText yuan={totals?.transformationYuan} />}
            />
          </Col>
          <Col xs={12} lg={6}>
            <Statistic
              title={t('projectInvestment.kpi.share')}
              valueRender={() => (
                <span data-testid="investment-share">{pctText(totals?.transformationSharePct ?? null)}</span>
              )}
            />
          </Col>
          <Col xs={12} lg={6}>
            <Statistic
              title={t('projectInvestment.kpi.completion')}
              valueRender={() => (
                <span data-testid="investment-completion">{pctText(totals?.completionPct ?? null)}</span>
              )}
            />
            <Typography.Text type="secondary">
              {t('projectInvestment.kpi.planOf', { plan: formatYuan(totals?.plannedYuan ?? 0, locale) })}
            </Typography.Text>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('projectInvestment.summary.industrialNote')}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title={t('projectInvestment.summary.monthlyChart')}>
        <Chart option={chart} style={{ height: 320 }} testId="investment-summary-chart" />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('projectInvestment.summary.byTaskForce')}>
            <Table<TaskForceRow>
              rowKey="taskForceId"
              size="small"
              pagination={false}
              loading={summary.isFetching}
              dataSource={data?.byTaskForce ?? []}
              locale={{ emptyText: t('projectInvestment.empty') }}
              columns={[
                { key: 'name', title: t('projectInvestment.col.taskForce'), dataIndex: 'name' },
                {
                  key: 'planned',
                  title: t('projectInvestment.col.planned'),
                  render: (_, r) => yuanCell(r.plannedYuan),
                },
                {
                  key: 'completed',
                  title: t('projectInvestment.col.completed'),
                  render: (_, r) => yuanCell(r.completedYuan),
                },
                { key: 'pct', title: t('projectInvestment.col.pct'), render: (_, r) => pctText(r.pct) },
              ]}
              data-testid="investment-task-forces"
            />
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card size="small" title={t('projectInvestment.summary.byProject')}>
            <Table<ProjectRow>
              rowKey="projectId"
              size="small"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              loading={summary.isFetching}
              dataSource={data?.projects ?? []}
              locale={{ emptyText: t('projectInvestment.empty') }}
              columns={[
                { key: 'code', title: t('projectInvestment.col.code'), dataIndex: 'code', width: 120 },
                {
                  key: 'name',
                  title: t('projectInvestment.col.project'),
                  render: (_, r) => (
                    <>
                      <Link to={`/projects/${r.projectId}`}>{r.name}</Link>
                      {r.isTransformation ? (
                        <Tag color="green" style={{ marginInlineStart: 8 }}>
                          {t('projectInvestment.col.transformation')}
                        </Tag>
                      ) : null}
                    </>
                  ),
                },
                { key: 'taskForce', title: t('projectInvestment.col.taskForce'), dataIndex: 'taskForceName' },
                {
                  key: 'planned',
                  title: t('projectInvestment.col.planned'),
                  render: (_, r) => yuanCell(r.plannedYuan),
                },
                {
                  key: 'completed',
                  title: t('projectInvestment.col.completed'),
                  render: (_, r) => yuanCell(r.completedYuan),
                },
                { key: 'pct', title: t('projectInvestment.col.pct'), render: (_, r) => pctText(r.pct) },
              ]}
              data-testid="investment-projects"
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
