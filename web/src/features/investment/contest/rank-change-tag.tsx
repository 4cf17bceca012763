import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { rankChangeText, rankChangeView } from './rank-change';

const COLORS = { up: 'green', down: 'red', same: 'default', new: 'blue' } as const;

/** ↑2 in green, ↓1 in red, a dash, or "new" — with the previous rank on hover. */
export function RankChangeTag({
  rankChange,
  previousRank,
}: {
  rankChange: number | null;
  previousRank: number | null;
}) {
  const { t } = useTranslation();
  const view = rankChangeView(rankChange);
  const title =
    previousRank === null
      ? t('investment.contest.noPreviousRank')
      : t('investment.contest.previousRank', { rank: previousRank });
  return (
    <Tag color={COLORS[view.kind]} title={title} data-rank-change={view.kind}>
      {rankChangeText(view, t('investment.contest.rankNew'))}
    </Tag>
  );
}
