import { App, Button, Empty, Flex, Form, Input, List, Modal, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../app/app-link';
import { useErrorMessage } from '../../../app/feedback';
import { currentLocale, type TranslationKey } from '../../../i18n';
import { formatDateTime } from '../../../i18n/format';
import { acknowledgedCount, type ReceiptState, receiptState } from './instruction-targets';
import { type Instruction, type InstructionTargetType, useAcknowledgeInstruction } from './instructions.api';

export const TARGET_KEYS: Record<InstructionTargetType, TranslationKey> = {
  project: 'instructions.target.project',
  milestone: 'instructions.target.milestone',
  actionItem: 'instructions.target.actionItem',
};
const STATE_KEYS: Record<ReceiptState, TranslationKey> = {
  unread: 'instructions.state.unread',
  read: 'instructions.state.read',
  acknowledged: 'instructions.state.acknowledged',
};
const STATE_COLORS: Record<ReceiptState, string> = { unread: 'red', read: 'gold', acknowledged: 'green' };

/** Instructions as a list: who wrote what on which item and when, who has it, and 收悉 for the caller's own. */
export function InstructionList({
  items,
  loading,
  highlightId,
  pagination,
}: {
  items: Instruction[];
  loading: boolean;
  highlightId?: string | null;
  pagination?: { current: number; pageSize: number; total: number; onChange: (page: number) => void };
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [acknowledging, setAcknowledging] = useState<Instruction | null>(null);
  return (
    <>
      <List
        data-testid="instruction-list"
        loading={loading}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('instructions.empty')} /> }}
        pagination={pagination ? { ...pagination, hideOnSinglePage: true } : false}
        renderItem={(i) => (
          <List.Item
            data-testid="instruction-item"
            style={i.id === highlightId ? { background: 'rgba(22, 119, 255, 0.06)' } : undefined}
            actions={
              i.mine && i.mine.acknowledgedAt === null
                ? [
                    <Button
                      key="ack"
                      type="primary"
                      size="small"
                      data-testid="instruction-acknowledge"
                      onClick={() => setAcknowledging(i)}
                    >
                      {t('instructions.acknowledge')}
                    </Button>,
                  ]
                : []
            }
          >
            <Flex vertical gap={4} style={{ minWidth: 0, width: '100%' }}>
              <Space wrap size={4}>
                <Tag color="volcano">{t(TARGET_KEYS[i.targetType])}</Tag>
                {i.link ? (
                  <AppLink to={i.link}>{i.targetName}</AppLink>
                ) : (
                  <Typography.Text>{i.targetName}</Typography.Text>
                )}
                {i.projectName && i.targetType !== 'project' ? (
                  <Typography.Text type="secondary">（{i.projectName}）</Typography.Text>
                ) : null}
                {i.viaNotificationId ? <Tag>{t('instructions.via')}</Tag> : null}
              </Space>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="instruction-text">
                {i.text}
              </Typography.Paragraph>
              <Typography.Text type="secondary">
                {t('instructions.author')}：{i.authorName} ·{' '}
                <Tooltip title={i.createdAt}>{formatDateTime(i.createdAt, locale)}</Tooltip> ·{' '}
                {t('instructions.progress', { acknowledged: acknowledgedCount(i), total: i.recipients.length })}
              </Typography.Text>
              <Space wrap size={4} data-testid="instruction-recipients">
                {i.recipients.map((r) => {
                  const state = receiptState(r);
                  return (
                    <Tooltip key={r.userId} title={r.reply ? `${t('instructions.reply')}：${r.reply}` : undefined}>
                      <Tag color={STATE_COLORS[state]}>
                        {r.displayName} · {t(STATE_KEYS[state])}
                      </Tag>
                    </Tooltip>
                  );
                })}
              </Space>
            </Flex>
          </List.Item>
        )}
      />
      {acknowledging ? <AcknowledgeModal instruction={acknowledging} onClose={() => setAcknowledging(null)} /> : null}
    </>
  );
}

function AcknowledgeModal({ instruction, onClose }: { instruction: Instruction; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useErrorMessage();
  const [form] = Form.useForm<{ reply?: string }>();
  const acknowledge = useAcknowledgeInstruction();
  const submit = async (v: { reply?: string }) => {
    try {
      const reply = v.reply?.trim() ? v.reply.trim() : null;
      await acknowledge.mutateAsync({ id: instruction.id, reply });
      void message.success(t('instructions.acknowledge.done'));
      onClose();
    } catch (error) {
      showError(error);
    }
  };
  return (
    <Modal
      open
      title={t('instructions.acknowledge.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'instruction-acknowledge-submit' }}
      confirmLoading={acknowledge.isPending}
    >
      <Typography.Paragraph>{instruction.text}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="reply" label={t('instructions.acknowledge.reply')}>
          <Input.TextArea rows={3} maxLength={1000} placeholder={t('instructions.acknowledge.replyPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
