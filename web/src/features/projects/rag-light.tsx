import type { RagRule, RagStatus } from '@zonehub/project-rules';
import { Badge, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { RAG_COLORS, ragLabel } from './project-labels';
import { ragRuleText } from './rag-rule';

/** A light (coloured dot) with its rule one hover away, e.g. 「剩余 3 个工作日，≤ 5 个工作日亮黄灯」. */
export function RagLight({ status, rule, text }: { status: RagStatus; rule?: RagRule; text?: string }) {
  const { t } = useTranslation();
  const why = rule ? ragRuleText(rule) : null;
  const tip = why ? `${ragLabel(status)}：${t(why.key, why.values)}` : ragLabel(status);
  return (
    <Tooltip title={tip}>
      <Badge color={RAG_COLORS[status]} text={text} data-testid="rag-light" data-rag={status} />
    </Tooltip>
  );
}

/** A project's light from its summary: the worst open item's slack. */
export function ProjectRagLight({ status, slack }: { status: RagStatus; slack: number | null }) {
  const { t } = useTranslation();
  const tip =
    status === 'done'
      ? t('projects.ruleText.done')
      : slack === null
        ? ragLabel(status)
        : slack < 0
          ? t('projects.ruleText.projectRed', { days: -slack })
          : t('projects.ruleText.projectSlack', { days: slack });
  return (
    <Tooltip title={`${ragLabel(status)}：${tip}`}>
      <Badge color={RAG_COLORS[status]} data-testid="project-rag" data-rag={status} />
    </Tooltip>
  );
}
