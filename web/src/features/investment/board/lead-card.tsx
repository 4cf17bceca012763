import { BellOutlined, MoreOutlined } from '@ant-design/icons';
import type { Stage } from '@zonehub/investment-rules';
import { Badge, Button, Card, Dropdown, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { joinList, reminderLabel, stageLabel } from '../investment-labels';
import type { LeadSummary } from '../leads/lead.types';
import { YuanText } from '../leads/money-text';
import { daysInPool, dropTargets } from './board-model';

/** The MIME type a dragged card carries (the lead id); other drags never open a gate. */
export const LEAD_DRAG_TYPE = 'application/x-zonehub-lead';

/**
 * One Kanban card. Draggable only for those who may move leads; the "move to" menu offers the same
 * moves for keyboard and touch users, for whom HTML5 drag and drop does not work.
 */
export function LeadCard({
  lead,
  today,
  canMove,
  onDragStart,
  onMove,
}: {
  lead: LeadSummary;
  today: string;
  canMove: boolean;
  onDragStart: (lead: LeadSummary) => void;
  onMove: (lead: LeadSummary, to: Stage) => void;
}) {
  const { t } = useTranslation();
  const targets = canMove ? dropTargets(lead.stage) : [];
  const reminders = joinList(lead.reminders.map(reminderLabel));
  return (
    <Card
      size="small"
      draggable={canMove}
      onDragStart={(event) => {
        event.dataTransfer.setData(LEAD_DRAG_TYPE, lead.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart(lead);
      }}
      style={{ cursor: canMove ? 'grab' : 'default' }}
      data-testid="lead-card"
      data-lead-id={lead.id}
      data-lead-name={lead.name}
    >
      <Flex justify="space-between" align="start" gap={4}>
        <Link to={`/investment/leads/${lead.id}`} style={{ fontWeight: 600 }}>
          {lead.name}
        </Link>
        <Flex gap={2} align="center">
          {lead.reminders.length > 0 ? (
            <Tooltip title={reminders}>
              <Badge count={lead.reminders.length} size="small" data-testid="lead-card-reminder">
                <BellOutlined style={{ color: '#fa8c16' }} aria-label={reminders} />
              </Badge>
            </Tooltip>
          ) : null}
          {targets.length > 0 ? (
            <Dropdown
              trigger={['click']}
              menu={{
                items: targets.map((to) => ({
                  key: to,
                  label: t('investment.board.moveTo', { stage: stageLabel(to) }),
                })),
                onClick: ({ key }) => {
                  const to = targets.find((s) => s === key);
                  if (to) onMove(lead, to);
                },
              }}
            >
              <Button
                size="small"
                type="text"
                icon={<MoreOutlined />}
                aria-label={t('investment.board.moveMenu')}
                data-testid="lead-card-move"
              />
            </Dropdown>
          ) : null}
        </Flex>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
        {lead.investorName}
      </Typography.Text>
      <div style={{ fontSize: 12 }}>
        <YuanText yuan={lead.signedAmountYuan ?? lead.plannedInvestmentYuan} />
      </div>
      <Flex justify="space-between" style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }} gap={4} wrap>
        <span>{[lead.taskForceName, lead.ownerName].filter(Boolean).join(' · ')}</span>
        <span>{t('investment.board.daysInPool', { days: daysInPool(lead, today) })}</span>
      </Flex>
    </Card>
  );
}
