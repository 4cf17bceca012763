import { SCREENING_VERDICTS, type ScreeningVerdict } from '@zonehub/investment-rules';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormErrorHandler } from '../../../app/feedback';
import { zoneToday } from '../../../i18n/format';
import { verdictLabel } from '../investment-labels';
import { useAddScreeningMutation } from './moves.api';

interface Values {
  verdict: ScreeningVerdict;
  reasons: string;
  conditions?: string;
  decidedBy: string;
  decidedOn: Dayjs;
}

const FIELDS = ['verdict', 'reasons', 'conditions', 'decidedBy', 'decidedOn'];

/** The environmental access screening (环保准入研判) — a small form for now, deepened by a later module. */
export function ScreeningForm({ leadId, onSaved }: { leadId: string; onSaved?: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const add = useAddScreeningMutation();
  const onError = useFormErrorHandler(form, FIELDS);
  const verdict = Form.useWatch('verdict', form);
  const submit = (v: Values) => {
    add
      .mutateAsync({
        id: leadId,
        body: {
          verdict: v.verdict,
          reasons: v.reasons.trim(),
          conditions: v.conditions?.trim() || undefined,
          decidedBy: v.decidedBy.trim(),
          decidedOn: v.decidedOn.format('YYYY-MM-DD'),
        },
      })
      .then(() => {
        form.resetFields();
        onSaved?.();
      })
      .catch(onError);
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ verdict: 'pass', decidedOn: dayjs(zoneToday()) }}
      data-testid="screening-form"
    >
      <Form.Item name="verdict" label={t('investment.screening.verdict')} rules={[{ required: true }]}>
        <Select
          options={SCREENING_VERDICTS.map((v) => ({ value: v, label: verdictLabel(v) }))}
          data-testid="screening-verdict"
        />
      </Form.Item>
      <Form.Item
        name="reasons"
        label={t('investment.screening.reasons')}
        rules={[{ required: true, whitespace: true, message: t('investment.screening.reasonsRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={2000} data-testid="screening-reasons" />
      </Form.Item>
      {verdict === 'conditional' ? (
        <Form.Item name="conditions" label={t('investment.screening.conditions')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="decidedBy"
        label={t('investment.screening.decidedBy')}
        rules={[{ required: true, whitespace: true, message: t('investment.screening.decidedByRequired') }]}
      >
        <Input maxLength={100} data-testid="screening-decided-by" />
      </Form.Item>
      <Form.Item name="decidedOn" label={t('investment.screening.decidedOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(zoneToday()), 'day')} />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending} data-testid="screening-save">
        {t('investment.screening.save')}
      </Button>
    </Form>
  );
}
