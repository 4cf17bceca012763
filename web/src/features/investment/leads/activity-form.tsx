import { ACTIVITY_KINDS, type ActivityKind, VISIT_KINDS } from '@zonehub/investment-rules';
import { DatePicker, Form, type FormInstance, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { zoneToday } from '../../../i18n/format';
import { activityKindLabel } from '../investment-labels';
import type { ActivityInput } from './moves.api';

export interface ActivityValues {
  kind: ActivityKind;
  subject: string;
  happenedOn: Dayjs;
  endsOn?: Dayjs | null;
  city?: string;
  participants?: string;
  counterparts?: string;
  notes?: string;
}

export const ACTIVITY_FIELDS = [
  'kind',
  'subject',
  'happenedOn',
  'endsOn',
  'city',
  'participants',
  'counterparts',
  'notes',
] as const;

const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** The POST /activities body for a lead from the form values. */
export function activityBody(leadId: string, v: ActivityValues): ActivityInput {
  return {
    leadId,
    kind: v.kind,
    subject: v.subject.trim(),
    happenedOn: v.happenedOn.format('YYYY-MM-DD'),
    endsOn: v.endsOn ? v.endsOn.format('YYYY-MM-DD') : undefined,
    city: text(v.city),
    participants: text(v.participants),
    counterparts: text(v.counterparts),
    notes: text(v.notes),
  };
}

/**
 * The "log activity" form of the lead page; `meetingOnly` is the short version the negotiating gate
 * shows (a meeting with the investor is what that gate asks for).
 */
export function ActivityForm({
  form,
  onFinish,
  meetingOnly,
}: {
  form: FormInstance<ActivityValues>;
  onFinish: (values: ActivityValues) => void;
  meetingOnly?: boolean;
}) {
  const { t } = useTranslation();
  const kind = Form.useWatch('kind', form);
  const visit = kind !== undefined && VISIT_KINDS.includes(kind);
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ kind: 'meeting', happenedOn: dayjs(zoneToday()) }}
      data-testid={meetingOnly ? 'gate-meeting-form' : 'activity-form'}
    >
      <Form.Item name="kind" label={t('investment.activity.kind')} rules={[{ required: true }]} hidden={meetingOnly}>
        <Select options={ACTIVITY_KINDS.map((k) => ({ value: k, label: activityKindLabel(k) }))} />
      </Form.Item>
      <Form.Item
        name="subject"
        label={t('investment.activity.subject')}
        rules={[{ required: true, whitespace: true, message: t('investment.activity.subjectRequired') }]}
      >
        <Input maxLength={200} data-testid="activity-subject" />
      </Form.Item>
      <Form.Item name="happenedOn" label={t('investment.activity.happenedOn')} rules={[{ required: true }]}>
        {/* Visits may be planned up to a year ahead; other activities happened already. */}
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) =>
            visit ? d.isAfter(dayjs(zoneToday()).add(1, 'year')) : d.isAfter(dayjs(zoneToday()), 'day')
          }
        />
      </Form.Item>
      {meetingOnly ? null : (
        <>
          <Form.Item name="endsOn" label={t('investment.activity.endsOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="city" label={t('investment.activity.city')}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="participants" label={t('investment.activity.participants')}>
            <Input maxLength={500} />
          </Form.Item>
        </>
      )}
      <Form.Item name="counterparts" label={t('investment.activity.counterparts')}>
        <Input maxLength={500} data-testid="activity-counterparts" />
      </Form.Item>
      {meetingOnly ? null : (
        <Form.Item name="notes" label={t('investment.activity.notes')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      )}
    </Form>
  );
}
