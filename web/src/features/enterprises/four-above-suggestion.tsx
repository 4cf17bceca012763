import { Alert, App, Button, Card, Descriptions, Form, InputNumber, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../app/feedback';
import { useHasPermission } from '../../app/session';
import { currentLocale, translateDynamic } from '../../i18n';
import { zoneToday } from '../../i18n/format';
import { type Enterprise, useAddClassificationMutation } from './enterprises.api';
import { classificationToAdd, RESULT_COLOR, suggestionParams } from './four-above';
import { useFourAboveSuggestionQuery } from './four-above.api';
import { FourAboveThresholdsDrawer, thresholdText } from './four-above-thresholds.drawer';

interface Values {
  year: number;
  revenueWan: number;
}

/**
 * 四上 测算: from a year and the reported revenue (万元), the sector the enterprise's industry code
 * falls in, the threshold in force that year and the verdict; adds the classification on request.
 */
export function FourAboveSuggestionPanel({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { message } = App.useApp();
  const showError = useErrorMessage();
  const canManage = useHasPermission('enterprise.manage');
  const [params, setParams] = useState<{ year: number; revenueYuan: number } | null>(null);
  const [thresholdsOpen, setThresholdsOpen] = useState(false);
  const suggestion = useFourAboveSuggestionQuery(enterprise.id, params);
  const add = useAddClassificationMutation();
  const s = suggestion.data;
  const toAdd = s ? classificationToAdd(s, enterprise.classifications) : null;
  const none = t('common.none');

  return (
    <Card
      size="small"
      title={t('fourAbove.title')}
      data-testid="four-above-suggestion"
      extra={
        <Button type="link" size="small" onClick={() => setThresholdsOpen(true)} data-testid="four-above-thresholds">
          {t('fourAbove.thresholds')}
        </Button>
      }
    >
      <Form<Values>
        layout="inline"
        initialValues={{ year: Number(zoneToday().slice(0, 4)) - 1 }}
        onFinish={(v) => setParams(suggestionParams(v.year, v.revenueWan))}
        style={{ marginBottom: 16 }}
      >
        <Form.Item name="year" label={t('enterprises.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} precision={0} data-testid="four-above-year" />
        </Form.Item>
        <Form.Item name="revenueWan" label={t('fourAbove.revenueWan')} rules={[{ required: true }]}>
          <InputNumber min={0} max={1e9} style={{ width: 180 }} data-testid="four-above-revenue" />
        </Form.Item>
        <Button htmlType="submit" loading={suggestion.isFetching} data-testid="four-above-check">
          {t('fourAbove.check')}
        </Button>
      </Form>
      {suggestion.isError && <Alert type="error" showIcon title={suggestion.error.message} />}
      {s && (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="four-above-result">
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('fourAbove.verdict')} span={2}>
              <Tag color={RESULT_COLOR[s.result]} data-testid="four-above-verdict">
                {t(`fourAbove.result.${s.result}`)}
              </Tag>
              <Typography.Text type="secondary">{t(`fourAbove.resultHelp.${s.result}`)}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('enterprises.industry')}>{s.industryCode ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('enterprises.sector')}>
              {s.sector ? translateDynamic(`enterprises.sector.${s.sector}`, s.sector) : none}
              {s.subsector && ` · ${translateDynamic(`fourAbove.subsector.${s.subsector}`, s.subsector)}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('fourAbove.threshold')}>
              {s.threshold
                ? thresholdText(s.threshold.minRevenueYuan, locale, t('fourAbove.noRevenueThreshold'))
                : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('fourAbove.effectiveFrom')}>
              {s.threshold ? s.threshold.effectiveFromYear : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('fourAbove.basis')} span={2}>
              {s.threshold?.basis ?? none}
            </Descriptions.Item>
          </Descriptions>
          {s.result === 'qualifies' && canManage && toAdd && (
            <Button
              type="primary"
              loading={add.isPending}
              data-testid="four-above-add"
              onClick={() =>
                add.mutate(
                  { id: enterprise.id, body: toAdd },
                  {
                    onSuccess: () => void message.success(t('fourAbove.added', { year: toAdd.year })),
                    onError: showError,
                  },
                )
              }
            >
              {t('fourAbove.add', {
                year: toAdd.year,
                sector: translateDynamic(`enterprises.sector.${toAdd.sector}`, toAdd.sector),
              })}
            </Button>
          )}
          {s.result === 'qualifies' && !toAdd && (
            <Tag color="green" data-testid="four-above-already">
              {t('fourAbove.already', { year: s.year })}
            </Tag>
          )}
        </Space>
      )}
      <FourAboveThresholdsDrawer open={thresholdsOpen} onClose={() => setThresholdsOpen(false)} />
    </Card>
  );
}
