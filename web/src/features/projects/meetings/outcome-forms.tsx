import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/problem';
import { useFormErrorHandler } from '../../../app/feedback';
import { matchesName } from '../../../app/name-filter';
import { KIND_KEYS } from './meeting-labels';
import {
  type Action,
  type MeetingDetail,
  type OutcomeKind,
  useAddOutcome,
  useCloseAction,
  useMeetingOptions,
} from './meetings.api';

interface OutcomeValues {
  kind: OutcomeKind;
  text: string;
  agendaItemId?: string | null;
  ownerId?: string | null;
  dueOn?: Dayjs | null;
}

/** Records information, a decision or an action item (owner and due date) against an agenda item. */
export function AddOutcomeForm({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OutcomeValues>();
  const add = useAddOutcome();
  const people = useMeetingOptions().data?.people ?? [];
  const onError = useFormErrorHandler(form, ['kind', 'text', 'agendaItemId', 'ownerId', 'dueOn']);
  const kind = Form.useWatch('kind', form);
  const submit = async (v: OutcomeValues) => {
    try {
      await add.mutateAsync({
        meetingId: meeting.id,
        body: {
          kind: v.kind,
          text: v.text,
          agendaItemId: v.agendaItemId ?? null,
          ownerId: v.kind === 'action' ? (v.ownerId ?? null) : null,
          dueOn: v.kind === 'action' ? (v.dueOn?.format('YYYY-MM-DD') ?? null) : null,
        },
      });
      void message.success(t('meetings.outcome.added'));
      form.resetFields(['text', 'ownerId', 'dueOn']);
    } catch (error) {
      onError(error);
    }
  };
  return (
    <Card size="small" title={t('meetings.outcome.add')} data-testid="outcome-form">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'action', agendaItemId: meeting.agenda[0]?.id ?? null }}
        onFinish={(v) => void submit(v)}
      >
        <Flex gap={8} wrap>
          <Form.Item name="kind" label={t('meetings.outcome.kind')} style={{ width: 140 }}>
            <Select
              data-testid="outcome-kind"
              options={(['info', 'decision', 'action'] as const).map((k) => ({ value: k, label: t(KIND_KEYS[k]) }))}
            />
          </Form.Item>
          <Form.Item name="agendaItemId" label={t('meetings.outcome.agendaItem')} style={{ flex: 1, minWidth: 200 }}>
            <Select allowClear options={meeting.agenda.map((a) => ({ value: a.id, label: `${a.seq}. ${a.topic}` }))} />
          </Form.Item>
        </Flex>
        <Form.Item name="text" label={t('meetings.outcome.text')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="outcome-text" />
        </Form.Item>
        {kind === 'action' ? (
          <Flex gap={8}>
            <Form.Item name="ownerId" label={t('meetings.action.owner')} required style={{ flex: 1 }}>
              <Select
                showSearch
                filterOption={matchesName}
                data-testid="outcome-owner"
                options={people.map((p) => ({ value: p.id, label: p.displayName, searchKeys: p.searchKeys }))}
              />
            </Form.Item>
            <Form.Item name="dueOn" label={t('meetings.action.dueOn')} required>
              <DatePicker data-testid="outcome-due" />
            </Form.Item>
          </Flex>
        ) : null}
        <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="outcome-submit">
          {t('meetings.outcome.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** 销号: closes a carried-over action at this meeting; the server refuses it without a result. */
export function CloseActionModal({
  meeting,
  action,
  onClose,
}: {
  meeting: MeetingDetail;
  action: Action;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [result, setResult] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const close = useCloseAction();
  const submit = async () => {
    try {
      await close.mutateAsync({
        outcomeId: action.id,
        body: { result, meetingId: meeting.id, version: action.version },
      });
      void message.success(t('meetings.close.done'));
      onClose();
    } catch (error) {
      setProblem(isApiError(error) ? error.message : String(error));
    }
  };
  return (
    <Modal
      open
      title={t('meetings.close.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('meetings.close.ok')}
      okButtonProps={{ 'data-testid': 'close-action-submit' }}
      confirmLoading={close.isPending}
      data-testid="close-action-modal"
    >
      <Flex vertical gap={8}>
        <div>{action.text}</div>
        {problem ? <Alert type="error" showIcon title={problem} data-testid="close-action-error" /> : null}
        <Form layout="vertical">
          <Form.Item label={t('meetings.close.result')} required extra={t('meetings.close.resultHint')}>
            <Input.TextArea
              rows={3}
              maxLength={2000}
              value={result}
              onChange={(e) => setResult(e.target.value)}
              data-testid="close-action-result"
            />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
