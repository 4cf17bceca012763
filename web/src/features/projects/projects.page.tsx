import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useHasPermission } from '../../app/session';
import { useListSearch, usePageInRange } from '../../app/use-list-search';
import { ErrorResult } from '../errors/error-pages';
import { YuanText } from '../investment/leads/money-text';
import type { ProjectSummary } from './project.types';
import { PROJECT_SORTS, readProjectFilter } from './project-filter';
import { ProjectFilters } from './project-filters';
import { ProjectFormModal } from './project-form.modal';
import { projectKindLabel, projectStageLabel } from './project-labels';
import { useProjectsQuery } from './projects.api';
import { ProjectRagLight } from './rag-light';

/** The project list (项目清单): server paging and sorting, light / stage / task force filters, new project. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { params, list, update, onTableChange, pagination, sortable } = useListSearch(PROJECT_SORTS);
  const filter = readProjectFilter(params);
  const projects = useProjectsQuery({
    ...filter,
    page: list.page,
    pageSize: list.pageSize,
    sort: list.sort,
    order: list.order,
  });
  usePageInRange(list, projects.data?.total, update);
  const canManage = useHasPermission('project.manage');
  const [formOpen, setFormOpen] = useState(false);

  const columns: TableProps<ProjectSummary>['columns'] = [
    {
      key: 'rag',
      title: t('projects.field.rag'),
      width: 56,
      render: (_, p) => <ProjectRagLight status={p.ragStatus} slack={p.ragSlackWorkdays} />,
    },
    { ...sortable('code'), title: t('projects.field.code'), dataIndex: 'code' },
    {
      key: 'name',
      title: t('projects.field.name'),
      render: (_, p) => (
        <Space size={4}>
          <Link to={`/projects/${p.id}`} data-testid="project-link">
            {p.name}
          </Link>
          {p.isTransformation ? <Tag color="purple">{t('projects.field.transformationShort')}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'stage',
      title: t('projects.field.stage'),
      render: (_, p) => (
        <Tag color="blue" data-testid="project-stage">
          {projectStageLabel(p.stage)}
        </Tag>
      ),
    },
    { key: 'kind', title: t('projects.field.kind'), render: (_, p) => projectKindLabel(p.kind) },
    { key: 'enterprise', title: t('projects.field.enterprise'), render: (_, p) => p.enterpriseName ?? '—' },
    { key: 'taskForce', title: t('projects.field.taskForce'), render: (_, p) => p.taskForceName ?? '—' },
    { key: 'leader', title: t('projects.field.leaderInCharge'), render: (_, p) => p.leaderInChargeName ?? '—' },
    {
      ...sortable('totalInvestmentYuan'),
      title: t('projects.field.totalInvestment'),
      render: (_, p) => <YuanText yuan={p.totalInvestmentYuan} />,
    },
    {
      key: 'items',
      title: t('projects.field.openOverdue'),
      render: (_, p) => (
        <span>
          {p.openItems} /{' '}
          <Typography.Text type={p.overdueItems > 0 ? 'danger' : undefined}>{p.overdueItems}</Typography.Text>
        </span>
      ),
    },
    {
      ...sortable('dueSoon'),
      title: t('projects.field.nextDue'),
      render: (_, p) => (p.nextDue ? `${p.nextDue.dueOn} ${p.nextDue.name}` : '—'),
    },
  ];

  // A new filter starts again at page 1; paging and sorting stay as they are.
  const applyFilter = (patch: Record<string, string | undefined>) => update({ ...patch, page: undefined });

  return (
    <Card title={<Typography.Text strong>{t('projects.list.title')}</Typography.Text>} data-testid="projects-list">
      <Flex vertical gap={12}>
        <Flex justify="space-between" wrap gap={8}>
          <ProjectFilters filter={filter} onChange={applyFilter} />
          {canManage ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setFormOpen(true)}
              data-testid="project-create"
            >
              {t('projects.list.create')}
            </Button>
          ) : null}
        </Flex>
        {projects.isError ? (
          <ErrorResult error={projects.error} />
        ) : (
          <Table<ProjectSummary>
            rowKey="id"
            size="middle"
            loading={projects.isFetching}
            columns={columns}
            dataSource={projects.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            pagination={pagination(projects.data?.total)}
            onChange={onTableChange}
          />
        )}
      </Flex>
      <ProjectFormModal
        open={formOpen}
        onClose={() => setFormOpen(false)}
        onCreated={(project) => navigate(`/projects/${project.id}`)}
      />
    </Card>
  );
}
