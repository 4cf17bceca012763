import { Alert, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { stageLabel, withAside } from '../investment-labels';
import type { DuplicateMatch } from './lead.types';

/**
 * Leads whose investor looks like this one. A match the caller may open links to it; one outside
 * their scope is only named (code, investor, task force), so two task forces know of each other.
 */
export function DuplicateWarning({ matches, title }: { matches: DuplicateMatch[]; title?: string }) {
  const { t } = useTranslation();
  if (matches.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={title ?? t('investment.leads.duplicates', { count: matches.length })}
      description={
        <List
          size="small"
          dataSource={matches}
          renderItem={(m) => (
            <List.Item data-testid="duplicate-match">
              {m.visible && m.leadId ? (
                <Link to={`/investment/leads/${m.leadId}`} target="_blank">
                  {m.code} {m.name}
                </Link>
              ) : (
                <span>{m.code}</span>
              )}
              <span>{withAside(m.investorName, m.taskForceName)}</span>
              {m.stage ? <Tag>{stageLabel(m.stage)}</Tag> : null}
              <Tag color="orange">{t(`investment.leads.duplicateReason.${m.reason}`)}</Tag>
            </List.Item>
          )}
        />
      }
      data-testid="duplicate-warning"
    />
  );
}
