import { Card, DatePicker, Flex, Select, Table, Tabs, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasPermission } from '../../../app/session';
import { useAgencyDepartments } from '../agency.api';
import { elapsedParts } from '../agency-form';
import { DESK_STATUSES, type DeskFilter, type DeskItem, type DeskStatus, deskOrder } from './agency-desk';
import { useAgencyDesk } from './agency-desk.api';
import { AgencyDeskDrawer } from './agency-desk-drawer';
import { AgencyStatsTab } from './agency-stats-tab';
import { AgencyStateTag, AgencyStepButtons } from './agency-steps';

const statusLabel = (status: DeskStatus) =>
  status === 'overdue' ? 'projects.agency.status.overdue' : (`projects.agency.state.${status}` as const);

const day = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD');

/**
 * The department desk (代办事项): the approval items of the caller's department across projects,
 * reached from the agency endpoints alone (department staff do not see projects): new items wait
 * 待受理 with a 受理 button, each step a button that stamps the day and the handler, a drawer with the
 * clock, the approval's number and file and the steps so far, and the time-per-item statistics. Zone admins and leaders see
 * every department and may pick one.
 */
export function AgencyPage() {
  const { t } = useTranslation();
  return (
    <Card title={t('projects.agency.desk.title')} data-testid="agency-page">
      <Tabs
        items={[
          { key: 'items', label: t('projects.agency.desk.itemsTab'), children: <AgencyDeskTable /> },
          {
            key: 'stats',
            label: t('projects.agency.desk.statsTab'),
            children: <AgencyStatsTab />,
            destroyOnHidden: true,
          },
        ]}
      />
    </Card>
  );
}

function AgencyDeskTable() {
  const { t } = useTranslation();
  const allDepartments = useHasPermission('project.view');
  const departments = useAgencyDepartments();
  const [filter, setFilter] = useState<DeskFilter>({});
  const [openId, setOpenId] = useState<string | null>(null);
  const desk = useAgencyDesk(filter);
  const items = useMemo(() => deskOrder(desk.data?.items ?? []), [desk.data]);
  // The id, not the row: the drawer follows the item as the list refetches it (new version).
  const open = items.find((i) => i.id === openId) ?? null;

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('projects.agency.desk.status')}
          value={filter.status}
          onChange={(status) => setFilter((f) => ({ ...f, status }))}
          options={DESK_STATUSES.map((s) => ({ value: s, label: t(statusLabel(s)) }))}
          data-testid="agency-filter-status"
        />
        {allDepartments ? (
          <Select
            allowClear
            style={{ width: 200 }}
            placeholder={t('projects.agency.department')}
            value={filter.departmentId}
            onChange={(departmentId) => setFilter((f) => ({ ...f, departmentId }))}
            options={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
            data-testid="agency-filter-department"
          />
        ) : null}
        <span>{t('projects.agency.desk.submittedRange')}</span>
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          onChange={(v) => setFilter((f) => ({ ...f, from: day(v?.[0]), to: day(v?.[1]) }))}
          data-testid="agency-filter-range"
        />
      </Flex>
      <Table<DeskItem>
        rowKey="id"
        size="small"
        loading={desk.isLoading}
        dataSource={items}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('projects.agency.empty') }}
        data-testid="agency-desk-table"
        onRow={(item) =>
          ({
            'data-item-id': item.id,
            'data-state': item.state,
            style: item.canUpdate ? { cursor: 'pointer' } : undefined,
            onClick: () => (item.canUpdate ? setOpenId(item.id) : undefined),
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            key: 'status',
            title: t('projects.agency.desk.status'),
            render: (_, item) => <AgencyStateTag item={item} />,
          },
          {
            key: 'actions',
            title: t('projects.agency.desk.actions'),
            render: (_, item) => <AgencyStepButtons item={item} />,
          },
          { key: 'project', title: t('projects.agency.desk.project'), dataIndex: 'projectName' },
          {
            key: 'enterprise',
            title: t('projects.agency.desk.enterprise'),
            render: (_, item) => item.enterpriseName ?? '—',
          },
          { key: 'item', title: t('projects.agency.item'), dataIndex: 'item' },
          ...(allDepartments
            ? [{ key: 'department', title: t('projects.agency.department'), dataIndex: 'departmentName' }]
            : []),
          { key: 'submittedOn', title: t('projects.agency.submittedOn'), render: (_, i) => i.submittedOn ?? '—' },
          { key: 'acceptedOn', title: t('projects.agency.acceptedOn'), render: (_, i) => i.acceptedOn ?? '—' },
          {
            key: 'dueOn',
            title: t('projects.agency.dueOn'),
            render: (_, i) => (i.paused ? t('projects.agency.paused') : (i.dueOn ?? '—')),
          },
          {
            key: 'approvedOn',
            title: t('projects.agency.approvedOn'),
            render: (_, i) => <span data-testid="agency-approved-on">{i.approvedOn ?? '—'}</span>,
          },
          {
            key: 'elapsed',
            title: t('projects.agency.elapsed'),
            render: (_, item) => t('projects.agency.elapsedValue', elapsedParts(item)),
          },
          {
            key: 'flags',
            title: t('projects.agency.flags'),
            render: (_, item) => (
              <>
                {item.tolerance ? <Tag>{t('projects.agency.tolerance')}</Tag> : null}
                {item.commitment ? <Tag>{t('projects.agency.commitment')}</Tag> : null}
              </>
            ),
          },
          { key: 'handledBy', title: t('projects.agency.handledBy'), render: (_, i) => i.handledByName ?? '—' },
        ]}
      />
      <AgencyDeskDrawer item={open} onClose={() => setOpenId(null)} />
    </Flex>
  );
}
