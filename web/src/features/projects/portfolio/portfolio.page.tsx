import { PROJECT_STAGES, type RagStatus } from '@zonehub/project-rules';
import {
  Badge,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  type TableProps,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Chart } from '../../../charts/chart';
import { ErrorResult } from '../../errors/error-pages';
import { RAG_STATUSES } from '../project-filter';
import { projectStageLabel, RAG_COLORS, ragLabel } from '../project-labels';
import { useProjectOptions } from '../project-options.api';
import { ProjectRagLight } from '../rag-light';
import { usePortfolioQuery } from './portfolio.api';
import { buildOverdueOption } from './portfolio.option';
import type { Blocker, PortfolioFilter, PortfolioItem } from './portfolio.types';
import { PortfolioChanges } from './portfolio-changes';
import { PortfolioGantt } from './portfolio-gantt';

const PAGE_SIZE = 20;
const isRag = (v: string | null): v is RagStatus => v !== null && (RAG_STATUSES as readonly string[]).includes(v);

function BlockerList({ blockers }: { blockers: readonly Blocker[] }) {
  const { t } = useTranslation();
  if (blockers.length === 0) return <>—</>;
  return (
    <Flex vertical gap={2}>
      {blockers.map((b) => {
        const slack = b.slackWorkdays ?? 0;
        const when =
          slack < 0 ? t('portfolio.blocker.late', { days: -slack }) : t('portfolio.blocker.left', { days: slack });
        const owner = b.ownerName ? t('portfolio.blocker.owner', { name: b.ownerName }) : '';
        return (
          <Tooltip key={b.milestoneId} title={`${b.dueOn} ${when} ${owner}`}>
            <Badge color={RAG_COLORS[b.ragStatus]} text={b.name} data-testid="portfolio-blocker" />
          </Tooltip>
        );
      })}
    </Flex>
  );
}

/** 项目总览: the leaders' page — light cards that filter the table, red/amber by task force, the projects, this week's changes. */
export function PortfolioPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const [showGantt, setShowGantt] = useState(false);
  const rag = params.get('ragStatus');
  const filter: PortfolioFilter = {
    taskForceId: params.get('taskForceId') ?? undefined,
    parkId: params.get('parkId') ?? undefined,
    ragStatus: isRag(rag) ? rag : undefined,
  };
  const portfolio = usePortfolioQuery({ ...filter, page, pageSize: PAGE_SIZE });
  const options = useProjectOptions().data;
  const setFilter = (key: keyof PortfolioFilter, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setPage(1);
  };
  const data = portfolio.data;
  const chart = useMemo(
    () =>
      data
        ? buildOverdueOption(data.overdueByTaskForce, {
            red: t('portfolio.overdue.red'),
            amber: t('portfolio.overdue.amber'),
            detail: (r) =>
              r.overdueItems > 0
                ? t('portfolio.overdue.detail', { items: r.overdueItems, days: r.oldestOverdueWorkdays ?? 0 })
                : t('portfolio.overdue.detailNone'),
          })
        : null,
    [data, t],
  );
  const charted = data?.overdueByTaskForce.filter((r) => r.red + r.amber > 0).length ?? 0;

  const columns: TableProps<PortfolioItem>['columns'] = [
    {
      key: 'rag',
      title: t('projects.field.rag'),
      width: 56,
      render: (_, p) => <ProjectRagLight status={p.ragStatus} slack={p.ragSlackWorkdays} />,
    },
    {
      key: 'name',
      title: t('projects.field.name'),
      render: (_, p) => (
        <Link to={`/projects/${p.id}`} data-testid="portfolio-project-link">
          {p.name}
        </Link>
      ),
    },
    {
      key: 'stage',
      title: t('projects.field.stage'),
      render: (_, p) => <Tag color="blue">{projectStageLabel(p.stage)}</Tag>,
    },
    { key: 'taskForce', title: t('projects.field.taskForce'), render: (_, p) => p.taskForceName },
    { key: 'blockers', title: t('portfolio.field.blockers'), render: (_, p) => <BlockerList blockers={p.blockers} /> },
    {
      key: 'changes',
      title: t('portfolio.field.changes'),
      align: 'right',
      render: (_, p) => <span data-testid="portfolio-changes-count">{p.changesThisWeek}</span>,
    },
  ];

  if (portfolio.isError) return <ErrorResult error={portfolio.error} />;
  return (
    <Flex vertical gap={16} data-testid="portfolio-page">
      <Flex justify="space-between" wrap gap={8} align="center">
        <Space direction="vertical" size={0}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('portfolio.title')}
          </Typography.Title>
          {data ? (
            <Typography.Text type="secondary">
              {t('portfolio.today', { today: data.today, weekStart: data.weekStart })}
            </Typography.Text>
          ) : null}
        </Space>
        <Space wrap>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={filter.taskForceId}
            placeholder={t('projects.list.allTaskForces')}
            style={{ width: 200 }}
            options={(options?.taskForces ?? []).map((f) => ({ value: f.id, label: f.name }))}
            onChange={(v: string | undefined) => setFilter('taskForceId', v)}
            data-testid="portfolio-filter-taskForceId"
          />
          <Select
            allowClear
            value={filter.parkId}
            placeholder={t('projects.list.allParks')}
            style={{ width: 200 }}
            options={(options?.parks ?? []).map((p) => ({ value: p.id, label: p.name }))}
            onChange={(v: string | undefined) => setFilter('parkId', v)}
            data-testid="portfolio-filter-parkId"
          />
        </Space>
      </Flex>
      <Row gutter={[12, 12]}>
        {RAG_STATUSES.map((s) => (
          <Col key={s} xs={12} md={6}>
            <Tooltip title={filter.ragStatus === s ? t('portfolio.card.clear') : t('portfolio.card.hint')}>
              <Card
                hoverable
                size="small"
                onClick={() => setFilter('ragStatus', filter.ragStatus === s ? undefined : s)}
                style={
                  filter.ragStatus === s
                    ? { borderColor: RAG_COLORS[s], boxShadow: `0 0 0 1px ${RAG_COLORS[s]}` }
                    : undefined
                }
                data-testid={`portfolio-count-${s}`}
                data-selected={filter.ragStatus === s}
              >
                <Statistic
                  title={<Badge color={RAG_COLORS[s]} text={ragLabel(s)} />}
                  value={data?.counts[s] ?? 0}
                  loading={!data}
                />
              </Card>
            </Tooltip>
          </Col>
        ))}
      </Row>
      {data ? (
        <Space wrap size={[4, 4]}>
          <Typography.Text type="secondary">{t('portfolio.stages')}：</Typography.Text>
          {PROJECT_STAGES.map((s) => (
            <Tag key={s} data-testid={`portfolio-stage-${s}`}>
              {projectStageLabel(s)} {data.byStage[s]}
            </Tag>
          ))}
        </Space>
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('portfolio.overdue.title')}>
            {chart && charted > 0 ? (
              <Chart
                option={chart}
                style={{ height: Math.max(200, charted * 32 + 60) }}
                testId="portfolio-overdue-chart"
              />
            ) : (
              <Empty description={t('portfolio.overdue.empty')} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={t('portfolio.changes.title')}
            styles={{ body: { maxHeight: 420, overflowY: 'auto' } }}
          >
            <PortfolioChanges changes={data?.recentChanges ?? []} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('portfolio.table.title')}>
        <Table<PortfolioItem>
          rowKey="id"
          size="middle"
          loading={portfolio.isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
          }}
          data-testid="portfolio-table"
        />
      </Card>
      <Card
        size="small"
        title={t('portfolio.gantt.title')}
        extra={
          <Button size="small" onClick={() => setShowGantt(!showGantt)} data-testid="portfolio-gantt-toggle">
            {showGantt ? t('portfolio.gantt.hide') : t('portfolio.gantt.show')}
          </Button>
        }
      >
        {showGantt ? <PortfolioGantt key={JSON.stringify(filter)} filter={filter} /> : null}
      </Card>
    </Flex>
  );
}
