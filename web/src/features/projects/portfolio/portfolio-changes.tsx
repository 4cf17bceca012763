import type { ProjectStage, RagStatus } from '@zonehub/project-rules';
import { Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TranslationKey } from '../../../i18n';
import { projectStageLabel, ragLabel } from '../project-labels';
import type { ChangeKind, PortfolioChange } from './portfolio.types';

const KIND_KEYS: Record<ChangeKind, TranslationKey> = {
  projectRag: 'portfolio.change.projectRag',
  milestoneRag: 'portfolio.change.milestoneRag',
  stage: 'portfolio.change.stage',
  milestoneDone: 'portfolio.change.milestoneDone',
  dueMoved: 'portfolio.change.dueMoved',
};

/** A change's from / to as words: lights and stages by their labels, days as they are. */
function valueText(kind: ChangeKind, value: string | null): string {
  if (value === null) return '—';
  if (kind === 'projectRag' || kind === 'milestoneRag') return ragLabel(value as RagStatus);
  if (kind === 'stage') return projectStageLabel(value as ProjectStage);
  return value;
}

/** 本周变化: the latest changes of this week, newest first, each naming the project, item and who. */
export function PortfolioChanges({ changes }: { changes: readonly PortfolioChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return <Empty description={t('portfolio.changes.empty')} />;
  return (
    <List
      size="small"
      dataSource={[...changes]}
      data-testid="portfolio-changes"
      renderItem={(c) => (
        <List.Item data-testid="portfolio-change" data-kind={c.kind}>
          <Typography.Text>
            <Typography.Text type="secondary">{c.on}</Typography.Text>{' '}
            <Link to={`/projects/${c.projectId}`}>{c.projectName}</Link>
            {c.milestoneName ? ` · ${c.milestoneName}` : ''}：
            {t(KIND_KEYS[c.kind], { from: valueText(c.kind, c.from), to: valueText(c.kind, c.to) })}{' '}
            <Typography.Text type="secondary">（{c.byName ?? t('portfolio.changes.system')}）</Typography.Text>
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
