import { Alert, App, Form, Input, Modal, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormErrorHandler } from '../../../app/feedback';
import { TARGET_KEYS } from './instruction-list';
import { parseTargetValue, type TargetOption, targetValue } from './instruction-targets';
import { useWriteInstruction } from './instructions.api';

interface Values {
  target: string;
  text: string;
}
const FIELDS = ['targetId', 'text'];

/**
 * "写批示": a leader picks the project, one of its milestones or action items, and writes; or writes
 * on a notification (`notification`: its id and sentence), which the server resolves to its item.
 */
export function WriteInstructionModal({
  options = [],
  initial,
  notification,
  onClose,
}: {
  options?: TargetOption[];
  initial?: TargetOption;
  notification?: { id: string; sentence: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const write = useWriteInstruction();
  const onError = useFormErrorHandler(form, FIELDS);
  const first = initial ?? options[0];

  const submit = async (v: Values) => {
    const target = notification
      ? { targetType: 'notification' as const, targetId: notification.id }
      : parseTargetValue(v.target);
    if (!target) return;
    try {
      const written = await write.mutateAsync({ ...target, text: v.text });
      void message.success(t('instructions.write.sent', { count: written.recipients.length }));
      onClose();
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Modal
      open
      width={640}
      title={t('instructions.write.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'write-instruction-submit' }}
      confirmLoading={write.isPending}
      data-testid="write-instruction-modal"
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ target: first ? targetValue(first) : undefined }}
        onFinish={(v) => void submit(v)}
      >
        {notification ? (
          <Form.Item label={t('instructions.write.target')}>
            <span data-testid="write-instruction-notification">{notification.sentence}</span>
          </Form.Item>
        ) : null}
        <Form.Item
          name="target"
          label={t('instructions.write.target')}
          rules={[{ required: !notification }]}
          hidden={notification !== undefined}
        >
          <Select
            showSearch
            optionFilterProp="title"
            data-testid="write-instruction-target"
            options={options.map((o) => ({
              value: targetValue(o),
              title: o.name,
              label: (
                <Space size={4}>
                  <Tag>{t(TARGET_KEYS[o.type])}</Tag>
                  {o.name}
                  {o.overdue ? <Tag color="red">{t('instructions.target.overdue')}</Tag> : null}
                </Space>
              ),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('instructions.write.text')}
          rules={[{ required: true, whitespace: true, message: t('instructions.write.textRequired') }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={2000}
            placeholder={t('instructions.write.textPlaceholder')}
            data-testid="write-instruction-text"
          />
        </Form.Item>
        <Alert type="info" showIcon title={t('instructions.write.recipientsHint')} />
      </Form>
    </Modal>
  );
}
