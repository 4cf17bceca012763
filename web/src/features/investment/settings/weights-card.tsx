import { CONTEST_METRICS } from '@zonehub/investment-rules';
import { App, Button, Card, Col, Divider, Form, InputNumber, Row, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/problem';
import { useErrorMessage } from '../../../app/feedback';
import { stageLabel } from '../investment-labels';
import { nestedFieldErrors } from './nested-field-errors';
import { usePutSettingsMutation, useSettingsQuery } from './settings.api';
import {
  formToSettings,
  isSettingsPath,
  type SettingsFormValues,
  STALE_POOLS,
  settingsToForm,
  weightUnit,
} from './settings-form';

/** Contest weights (points per lead, per visit, per 亿元) and the reminder days, saved together. */
export function WeightsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsFormValues>();
  const settings = useSettingsQuery();
  const save = usePutSettingsMutation();
  const showError = useErrorMessage();
  const onError = (error: unknown) => {
    const { fields, rest } = isApiError(error)
      ? nestedFieldErrors(error.fieldErrors, isSettingsPath)
      : { fields: [], rest: [] };
    form.setFields(fields);
    if (fields.length === 0 || rest.length > 0) showError(error);
  };

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settingsToForm(settings.data));
  }, [settings.data, form]);

  const submit = async (values: SettingsFormValues) => {
    const body = formToSettings(values);
    if (!body.ok) {
      form.setFields(body.missing.map((name) => ({ name, errors: [t('investment.settings.requiredNumber')] })));
      return;
    }
    try {
      form.setFieldsValue(settingsToForm(await save.mutateAsync(body.settings)));
      void message.success(t('common.saved'));
    } catch (error) {
      onError(error);
    }
  };

  const days = t('investment.settings.unit.days');
  return (
    <Card title={t('investment.settings.weightsTitle')} size="small" data-testid="settings-weights">
      <Spin spinning={settings.isPending}>
        <Form form={form} layout="vertical" onFinish={submit} data-testid="settings-weights-form">
          <Row gutter={16}>
            {CONTEST_METRICS.map((metric) => (
              <Col key={metric} xs={24} sm={12} lg={6}>
                <Form.Item name={['weights', metric]} label={t(`investment.contest.metric.${metric}`)}>
                  <InputNumber
                    min={0}
                    max={1000}
                    step={1}
                    style={{ width: '100%' }}
                    suffix={t(`investment.settings.unit.${weightUnit(metric)}`)}
                    data-testid={`weight-${metric}`}
                  />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Divider titlePlacement="start">{t('investment.settings.remindersTitle')}</Divider>
          <Row gutter={16}>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item
                name="idleDays"
                label={t('investment.settings.idleDays')}
                tooltip={t('investment.settings.idleDaysHelp')}
              >
                <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} suffix={days} />
              </Form.Item>
            </Col>
            {STALE_POOLS.map((pool) => (
              <Col key={pool} xs={24} sm={12} lg={6}>
                <Form.Item
                  name={['staleDays', pool]}
                  label={t('investment.settings.staleDays', { pool: stageLabel(pool) })}
                >
                  <InputNumber min={1} max={1095} precision={0} style={{ width: '100%' }} suffix={days} />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="settings-weights-save">
            {t('common.save')}
          </Button>
        </Form>
      </Spin>
    </Card>
  );
}
