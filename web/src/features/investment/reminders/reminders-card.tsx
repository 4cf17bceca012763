import { BellOutlined } from '@ant-design/icons';
import { Badge, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reminderLabel, stageLabel } from '../investment-labels';
import { useRemindersQuery } from './reminders.api';

/**
 * 待跟进提醒: leads with no activity for too long or sitting in one pool past its limit, worst
 * first, each linking to its lead page. Shown beside the contest and on the board.
 */
export function RemindersCard({ limit = 8 }: { limit?: number }) {
  const { t } = useTranslation();
  const reminders = useRemindersQuery(limit);
  const items = reminders.data?.items ?? [];
  const total = reminders.data?.total ?? 0;
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <BellOutlined />
          {t('investment.reminders.title')}
          <Badge count={total} overflowCount={999} data-testid="reminders-total" />
        </Flex>
      }
      data-testid="reminders-card"
    >
      {reminders.isError ? (
        <Typography.Text type="danger">{reminders.error.message}</Typography.Text>
      ) : items.length === 0 && !reminders.isPending ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('investment.reminders.none')} />
      ) : (
        <List
          size="small"
          loading={reminders.isPending}
          dataSource={items.slice(0, limit)}
          renderItem={({ lead, reminders: due }) => (
            <List.Item key={lead.id} data-testid="reminder-item">
              <Flex vertical gap={2} style={{ width: '100%' }}>
                <Flex justify="space-between" gap={8}>
                  <Link to={`/investment/leads/${lead.id}`}>{lead.name}</Link>
                  <Tag>{stageLabel(lead.stage)}</Tag>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {lead.taskForceName ?? ''}
                  {lead.ownerName ? ` · ${lead.ownerName}` : ''}
                </Typography.Text>
                <Flex gap={4} wrap>
                  {due.map((r) => (
                    <Tag key={r.kind} color={r.kind === 'idle' ? 'orange' : 'red'}>
                      {reminderLabel(r)}
                    </Tag>
                  ))}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {total > limit ? (
        <Link to="/investment/leads?reminder=any" style={{ fontSize: 12 }} data-testid="reminders-all">
          {t('investment.reminders.more', { n: total - limit })}
        </Link>
      ) : null}
    </Card>
  );
}
