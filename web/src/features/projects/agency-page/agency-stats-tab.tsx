import { DatePicker, Flex, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../charts/chart';
import { useAgencyStats } from './agency-desk.api';
import { buildAgencyStatsOption, type DepartmentStats } from './agency-stats.option';

const day = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD');

/** Time per item by department over a submission date range: the table and its bar chart. */
export function AgencyStatsTab() {
  const { t } = useTranslation();
  const [range, setRange] = useState<{ from?: string | undefined; to?: string | undefined }>({});
  const stats = useAgencyStats(range);
  const departments = stats.data?.departments ?? [];
  const option = useMemo(
    () =>
      buildAgencyStatsOption(departments, {
        meanWorkdaysToApproval: t('projects.agency.stats.mean'),
        maxWorkdaysToApproval: t('projects.agency.stats.max'),
        overdueOpenCount: t('projects.agency.stats.overdueOpen'),
      }),
    [departments, t],
  );
  const none = (value: number | null) => (value === null ? '—' : value);
  return (
    <Flex vertical gap={12} data-testid="agency-stats">
      <Flex gap={8} align="center">
        <span>{t('projects.agency.desk.submittedRange')}</span>
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          onChange={(v) => setRange({ from: day(v?.[0]), to: day(v?.[1]) })}
          data-testid="agency-stats-range"
        />
      </Flex>
      <Chart option={option} testId="agency-stats-chart" style={{ height: 320 }} />
      <Table<DepartmentStats>
        rowKey="departmentId"
        size="small"
        pagination={false}
        loading={stats.isLoading}
        dataSource={departments}
        data-testid="agency-stats-table"
        locale={{ emptyText: t('projects.agency.empty') }}
        columns={[
          { key: 'department', title: t('projects.agency.department'), dataIndex: 'departmentName' },
          { key: 'count', title: t('projects.agency.stats.count'), dataIndex: 'count', align: 'right' },
          { key: 'approved', title: t('projects.agency.stats.approved'), dataIndex: 'approvedCount', align: 'right' },
          {
            key: 'mean',
            title: t('projects.agency.stats.mean'),
            align: 'right',
            render: (_, d) => none(d.meanWorkdaysToApproval),
          },
          {
            key: 'max',
            title: t('projects.agency.stats.max'),
            align: 'right',
            render: (_, d) => none(d.maxWorkdaysToApproval),
          },
          {
            key: 'overdueOpen',
            title: t('projects.agency.stats.overdueOpen'),
            dataIndex: 'overdueOpenCount',
            align: 'right',
          },
        ]}
      />
    </Flex>
  );
}
