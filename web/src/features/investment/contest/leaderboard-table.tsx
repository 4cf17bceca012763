import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContestRow } from './contest.api';
import { metricColumns, rankColumns, scoreColumn, TargetsCell } from './contest-columns';

/** The task forces' leaderboard: rank and change, score, target completion, then counts and amounts. */
export function LeaderboardTable({ rows, loading }: { rows: readonly ContestRow[]; loading: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ContestRow> = [
    ...rankColumns(t, t('investment.contest.taskForce')),
    scoreColumn(t),
    {
      key: 'targets',
      title: t('investment.contest.targetCompletion'),
      render: (_, row) => <TargetsCell row={row} t={t} />,
    },
    ...metricColumns(t),
  ];
  return (
    <Table<ContestRow>
      rowKey="key"
      size="small"
      bordered
      loading={loading}
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      showSorterTooltip={false}
      data-testid="contest-leaderboard"
    />
  );
}

/** People of the task forces the caller may see: same counts, no targets. */
export function PeopleTable({ rows, loading }: { rows: readonly ContestRow[]; loading: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ContestRow> = [
    ...rankColumns(t, t('investment.contest.person')),
    {
      key: 'taskForceName',
      title: t('investment.contest.taskForce'),
      render: (_, row) => row.taskForceName ?? t('common.none'),
    },
    scoreColumn(t),
    ...metricColumns(t),
  ];
  return (
    <Table<ContestRow>
      rowKey="key"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={[...rows]}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      showSorterTooltip={false}
      data-testid="contest-people"
    />
  );
}
