import { CONTEST_METRICS, type ContestMetric } from '@zonehub/investment-rules';
import { Alert, App, Button, Card, Flex, InputNumber, Table, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/problem';
import { formFieldName } from '../../../app/form-errors';
import { periodFromKey, zoneToday } from '../contest/contest-period';
import { PeriodPicker } from '../contest/period-picker';
import { useInvestmentOptions } from '../investment-options.api';
import { usePutTargetsMutation, useTargetsQuery } from './settings.api';
import { gridToTargets, isAmountMetric, type TargetsRow, targetsToGrid } from './targets-grid';

/** Targets per task force and metric for one period (amounts in 万元), saved as the period's whole set. */
export function TargetsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [periodKey, setPeriodKey] = useState(() => periodFromKey(null, zoneToday()).key);
  const period = periodFromKey(periodKey, zoneToday());
  const options = useInvestmentOptions();
  const targets = useTargetsQuery(period.key);
  const save = usePutTargetsMutation();
  const taskForces = useMemo(() => options.data?.taskForces ?? [], [options.data]);
  const [rows, setRows] = useState<TargetsRow[]>([]);
  const [alert, setAlert] = useState<string[]>([]);

  useEffect(() => {
    setRows(targetsToGrid(taskForces, targets.data?.items ?? []));
    setAlert([]);
  }, [taskForces, targets.data]);

  const setCell = (taskForceId: string, metric: ContestMetric, value: number | null) =>
    setRows((current) =>
      current.map((row) =>
        row.taskForceId === taskForceId ? { ...row, values: { ...row.values, [metric]: value } } : row,
      ),
    );

  const submit = async () => {
    const items = gridToTargets(rows);
    try {
      await save.mutateAsync({ period: period.key, items });
      setAlert([]);
      void message.success(t('common.saved'));
    } catch (error) {
      if (!isApiError(error)) {
        setAlert([error instanceof Error ? error.message : String(error)]);
        return;
      }
      // `items.3.target` names a cell by its place in what was sent: say which task force and metric.
      const lines = error.fieldErrors.map((e) => {
        const match = /^items\.(\d+)\./.exec(formFieldName(e.field));
        const item = match ? items[Number(match[1])] : undefined;
        if (!item) return e.message;
        const name = rows.find((r) => r.taskForceId === item.taskForceId)?.name ?? item.taskForceId;
        return `${name} · ${t(`investment.contest.metric.${item.metric}`)}：${e.message}`;
      });
      setAlert(lines.length > 0 ? lines : [error.message]);
    }
  };

  const columns: TableColumnsType<TargetsRow> = [
    { key: 'name', title: t('investment.contest.taskForce'), dataIndex: 'name', fixed: 'start', width: 200 },
    ...CONTEST_METRICS.map((metric) => ({
      key: metric,
      title: isAmountMetric(metric)
        ? t('investment.settings.targetWan', { metric: t(`investment.contest.metric.${metric}`) })
        : t(`investment.contest.metric.${metric}`),
      width: 130,
      render: (_: unknown, row: TargetsRow) => (
        <InputNumber
          min={0}
          size="small"
          precision={isAmountMetric(metric) ? undefined : 0}
          value={row.values[metric]}
          onChange={(value) => setCell(row.taskForceId, metric, value)}
          style={{ width: '100%' }}
          data-testid={`target-${row.taskForceId}-${metric}`}
        />
      ),
    })),
  ];

  return (
    <Card title={t('investment.settings.targetsTitle')} size="small" data-testid="settings-targets">
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <PeriodPicker value={period} onChange={setPeriodKey} testId="targets-period" />
        <Button type="primary" onClick={submit} loading={save.isPending} data-testid="targets-save">
          {t('common.save')}
        </Button>
      </Flex>
      {alert.length > 0 ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={alert.join('\n')} /> : null}
      <Table<TargetsRow>
        rowKey="taskForceId"
        size="small"
        bordered
        loading={targets.isFetching || options.isPending}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
