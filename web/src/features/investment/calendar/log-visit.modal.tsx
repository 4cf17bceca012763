import type { ActivityKind } from '@zonehub/investment-rules';
import { App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrorHandler } from '../../../app/feedback';
import { activityKindLabel } from '../investment-labels';
import { useInvestmentOptions } from '../investment-options.api';
import type { LeadSummary } from '../leads/lead.types';
import { useAddActivityMutation } from '../leads/moves.api';
import { LeadPicker } from './lead-picker';
import { LOG_VISIT_FIELDS, toActivityInput } from './log-visit';

interface Values {
  kind: ActivityKind;
  leadId?: string | null;
  taskForceId?: string | null;
  subject: string;
  happenedOn: Dayjs;
  endsOn?: Dayjs | null;
  city?: string;
  participants?: string;
  counterparts?: string;
  notes?: string;
}

const VISITS: ActivityKind[] = ['outboundVisit', 'inboundVisit'];
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** Logs an outbound visit (外出考察) or an inbound one (来访), for a lead or for a task force alone. */
export function LogVisitModal({ open, date, onClose }: { open: boolean; date: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const options = useInvestmentOptions();
  const add = useAddActivityMutation();
  const onError = useFormErrorHandler(form, LOG_VISIT_FIELDS);
  const [lead, setLead] = useState<LeadSummary | null>(null);
  const taskForces = useMemo(() => options.data?.taskForces ?? [], [options.data]);
  const mine = useMemo(() => taskForces.filter((tf) => tf.mine), [taskForces]);
  const onlyMine = mine.length === 1 ? mine[0]?.id : undefined;

  useEffect(() => {
    if (!open) return;
    setLead(null);
    form.resetFields();
    form.setFieldsValue({ kind: 'outboundVisit', happenedOn: dayjs(date), endsOn: null });
  }, [open, date, form]);

  // A member of one task force logs for it: preselect it once the options are in.
  useEffect(() => {
    if (open && onlyMine && !form.getFieldValue('taskForceId')) form.setFieldsValue({ taskForceId: onlyMine });
  }, [open, onlyMine, form]);

  const submit = async (v: Values) => {
    try {
      await add.mutateAsync(
        toActivityInput({ ...v, happenedOn: day(v.happenedOn) ?? date, endsOn: day(v.endsOn), leadId: lead?.id }),
      );
      void message.success(t('investment.calendar.logged'));
      onClose();
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Modal
      open={open}
      title={t('investment.calendar.logVisit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="log-visit-form">
        <Form.Item name="kind" label={t('investment.calendar.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={VISITS.map((kind) => ({ value: kind, label: activityKindLabel(kind) }))}
          />
        </Form.Item>
        <Form.Item name="leadId" label={t('investment.calendar.lead')} extra={t('investment.calendar.leadOptional')}>
          <LeadPicker onPicked={setLead} />
        </Form.Item>
        {lead ? (
          <Form.Item label={t('investment.calendar.taskForce')}>
            <Input value={lead.taskForceName ?? ''} disabled />
          </Form.Item>
        ) : (
          <Form.Item
            name="taskForceId"
            label={t('investment.calendar.taskForce')}
            rules={[
              {
                required: true,
                message: t('common.selectRequired', { field: t('investment.calendar.taskForce') }),
              },
            ]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={options.isPending}
              options={(mine.length > 0 ? mine : taskForces).map((tf) => ({ value: tf.id, label: tf.name }))}
              data-testid="log-visit-task-force"
            />
          </Form.Item>
        )}
        <Form.Item
          name="subject"
          label={t('investment.calendar.subject')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('investment.calendar.subject') }),
            },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="happenedOn" label={t('investment.calendar.happenedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endsOn" label={t('investment.calendar.endsOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="city" label={t('investment.calendar.city')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="participants" label={t('investment.calendar.participants')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="counterparts" label={t('investment.calendar.counterparts')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="notes" label={t('investment.calendar.notes')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
