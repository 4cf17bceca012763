import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Flex, Space, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useHasPermission } from '../../../app/session';
import { useListSearch, usePageInRange } from '../../../app/use-list-search';
import { ErrorResult } from '../../errors/error-pages';
import { joinList, reminderLabel, stageLabel } from '../investment-labels';
import { DuplicateWarning } from './duplicate-warning';
import type { DuplicateMatch, LeadSummary } from './lead.types';
import { LEAD_FILTER_KEYS, LEAD_SORTS, readLeadFilter } from './lead-filter';
import { LeadFilters } from './lead-filters';
import { LeadFormModal } from './lead-form.modal';
import { useLeadsQuery } from './leads.api';
import { YuanText } from './money-text';
import { ExportLeadsButton, SavedFilters } from './saved-filters';

/** The lead list (项目信息): server paging and sorting, the board's filters and more, saved filters, export. */
export function LeadsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { params, list, update, onTableChange, pagination, sortable } = useListSearch(LEAD_SORTS);
  const filter = readLeadFilter(params);
  const leads = useLeadsQuery({
    ...filter,
    page: list.page,
    pageSize: list.pageSize,
    sort: list.sort,
    order: list.order,
  });
  usePageInRange(list, leads.data?.total, update);
  const canManage = useHasPermission('investment.manage');
  const [formOpen, setFormOpen] = useState(false);
  const [created, setCreated] = useState<{ id: string; name: string; duplicates: DuplicateMatch[] } | null>(null);

  const columns: TableProps<LeadSummary>['columns'] = [
    {
      ...sortable('code'),
      title: t('investment.leads.code'),
      dataIndex: 'code',
    },
    {
      key: 'name',
      title: t('investment.leads.name'),
      render: (_, lead) => (
        <Space size={4}>
          <Link to={`/investment/leads/${lead.id}`}>{lead.name}</Link>
          {lead.reminders.length > 0 ? (
            <Tooltip title={joinList(lead.reminders.map(reminderLabel))}>
              <Badge status="warning" />
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    { key: 'investor', title: t('investment.leads.investor'), dataIndex: 'investorName' },
    { key: 'stage', title: t('investment.leads.stage'), render: (_, lead) => <Tag>{stageLabel(lead.stage)}</Tag> },
    {
      ...sortable('plannedInvestmentYuan'),
      title: t('investment.leads.plannedInvestment'),
      render: (_, lead) => <YuanText yuan={lead.plannedInvestmentYuan} />,
    },
    { key: 'taskForce', title: t('investment.leads.taskForce'), render: (_, lead) => lead.taskForceName ?? '—' },
    { key: 'owner', title: t('investment.leads.owner'), render: (_, lead) => lead.ownerName ?? '—' },
    { key: 'method', title: t('investment.leads.method'), render: (_, lead) => lead.methodName ?? '—' },
    { ...sortable('registeredOn'), title: t('investment.leads.registeredOn'), dataIndex: 'registeredOn' },
    { ...sortable('stageEnteredOn'), title: t('investment.leads.stageEnteredOn'), dataIndex: 'stageEnteredOn' },
    {
      key: 'lastActivityOn',
      title: t('investment.leads.lastActivityOn'),
      render: (_, lead) => lead.lastActivityOn ?? '—',
    },
  ];

  // A new filter starts again at page 1; paging and sorting stay as they are.
  const applyFilter = (patch: Record<string, string | undefined>) => update({ ...patch, page: undefined });
  const replaceFilter = (next: Record<string, string | undefined>) =>
    update({ ...Object.fromEntries(LEAD_FILTER_KEYS.map((key) => [key, next[key]])), page: undefined });

  return (
    <Card
      title={<Typography.Text strong>{t('investment.leads.title')}</Typography.Text>}
      data-testid="investment-leads"
    >
      <Flex vertical gap={12}>
        <Flex justify="space-between" wrap gap={8}>
          <LeadFilters filter={filter} onChange={applyFilter} withListFilters />
          <Space wrap>
            <SavedFilters filter={filter} onApply={replaceFilter} />
            <ExportLeadsButton filter={filter} />
            {canManage ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setFormOpen(true)}
                data-testid="lead-create"
              >
                {t('investment.leads.create')}
              </Button>
            ) : null}
          </Space>
        </Flex>
        {created && created.duplicates.length > 0 ? (
          <DuplicateWarning
            matches={created.duplicates}
            title={t('investment.leads.createdWithDuplicates', {
              name: created.name,
              count: created.duplicates.length,
            })}
          />
        ) : null}
        {leads.isError ? (
          <ErrorResult error={leads.error} />
        ) : (
          <Table<LeadSummary>
            rowKey="id"
            size="middle"
            loading={leads.isFetching}
            columns={columns}
            dataSource={leads.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            pagination={pagination(leads.data?.total)}
            onChange={onTableChange}
          />
        )}
      </Flex>
      <LeadFormModal
        open={formOpen}
        lead={null}
        onClose={() => setFormOpen(false)}
        onCreated={(lead, duplicates) => {
          if (duplicates.length > 0) setCreated({ id: lead.id, name: lead.name, duplicates });
          else navigate(`/investment/leads/${lead.id}`);
        }}
      />
    </Card>
  );
}
