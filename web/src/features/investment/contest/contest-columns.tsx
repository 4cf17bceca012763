import type { ContestMetric } from '@zonehub/investment-rules';
import { Flex, Progress, type TableColumnsType, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { currentLocale } from '../../../i18n';
import { formatNumber } from '../../../i18n/format';
import { formatYuan } from '../../enterprises/money';
import { YuanText } from '../leads/money-text';
import type { ContestRow } from './contest.api';
import { RankChangeTag } from './rank-change-tag';

const isAmount = (metric: ContestMetric) => metric === 'signedAmountYuan' || metric === 'landedAmountYuan';

/** A metric's value as the tables show it: amounts in 万元/亿元, counts as numbers. */
export function metricValueText(metric: ContestMetric, value: number): string {
  const locale = currentLocale();
  return isAmount(metric) ? formatYuan(value, locale) : formatNumber(value, locale);
}

const count = (metric: ContestMetric, title: string) => ({
  key: metric,
  title,
  align: 'right' as const,
  sorter: (a: ContestRow, b: ContestRow) => a.counts[metric] - b.counts[metric],
  // data-value: the raw figure, for the browser tests and for copying.
  render: (_: unknown, row: ContestRow) => (
    <span data-metric={metric} data-value={row.counts[metric]}>
      {isAmount(metric) ? <YuanText yuan={row.counts[metric]} /> : formatNumber(row.counts[metric], currentLocale())}
    </span>
  ),
});

/** Rank, its change, and the name: the head of both tables. */
export function rankColumns(t: TFunction, nameTitle: string): TableColumnsType<ContestRow> {
  return [
    { key: 'rank', title: t('investment.contest.rank'), dataIndex: 'rank', width: 64, align: 'center' },
    {
      key: 'rankChange',
      title: t('investment.contest.rankChange'),
      width: 80,
      align: 'center',
      render: (_, row) => <RankChangeTag rankChange={row.rankChange} previousRank={row.previousRank} />,
    },
    { key: 'name', title: nameTitle, dataIndex: 'name' },
  ];
}

/** The counted metrics, in the contract's order. */
export function metricColumns(t: TFunction): TableColumnsType<ContestRow> {
  return [
    count('newLeads', t('investment.contest.metric.newLeads')),
    count('visits', t('investment.contest.metric.visits')),
    count('negotiating', t('investment.contest.metric.negotiating')),
    {
      key: 'signed',
      title: t('investment.contest.group.signed'),
      children: [
        count('signedCount', t('investment.contest.countShort')),
        count('signedAmountYuan', t('investment.contest.amountShort')),
      ],
    },
    {
      key: 'landed',
      title: t('investment.contest.group.landed'),
      children: [
        count('landedCount', t('investment.contest.countShort')),
        count('landedAmountYuan', t('investment.contest.amountShort')),
      ],
    },
  ];
}

/** The score, right after the name: what the board is about stays in view when the metrics scroll. */
export function scoreColumn(t: TFunction): TableColumnsType<ContestRow>[number] {
  return {
    key: 'score',
    title: t('investment.contest.score'),
    align: 'right',
    sorter: (a, b) => a.score - b.score,
    render: (_, row) => (
      <Typography.Text strong data-metric="score" data-value={row.score}>
        {formatNumber(row.score, currentLocale())}
      </Typography.Text>
    ),
  };
}

/** The row's mean completion as a bar; each metric's target, actual and completion on hover. */
export function TargetsCell({ row, t }: { row: ContestRow; t: TFunction }) {
  const set = row.targets.filter((target) => target.completion !== null);
  if (row.completion === null || set.length === 0)
    return <Typography.Text type="secondary">{t('investment.contest.noTargets')}</Typography.Text>;
  const locale = currentLocale();
  const detail = (
    <Flex vertical gap={2}>
      {set.map((target) => (
        <span key={target.metric}>
          {t('investment.contest.targetDetail', {
            metric: t(`investment.contest.metric.${target.metric}`),
            actual: metricValueText(target.metric, target.actual),
            target: metricValueText(target.metric, target.target),
            completion: formatNumber(target.completion ?? 0, locale, 1),
          })}
        </span>
      ))}
    </Flex>
  );
  return (
    <Tooltip title={detail}>
      <Progress
        size="small"
        style={{ minWidth: 140 }}
        percent={Math.min(100, row.completion)}
        format={() => `${formatNumber(row.completion ?? 0, locale, 1)}%`}
        status={row.completion >= 100 ? 'success' : 'normal'}
        data-testid="target-completion"
      />
    </Tooltip>
  );
}
