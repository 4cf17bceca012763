import { Card, Descriptions, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';
import type { HomeSummary } from './home.api';

export function ZoneCard({ zone }: { zone: HomeSummary['zone'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const none = t('common.none');
  return (
    <Card
      title={<span data-testid="home-zone-name">{zone.name}</span>}
      extra={zone.isDemo && <Tag color="orange">{t('common.demo')}</Tag>}
    >
      <Descriptions column={{ xs: 1, md: 3 }} size="small">
        <Descriptions.Item label={t('home.approvedOn')}>
          {zone.approvedOn ? <Tooltip title={zone.approvedOn}>{formatDate(zone.approvedOn, locale)}</Tooltip> : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('home.area')}>
          {zone.areaKm2 === null ? (
            none
          ) : (
            <Tooltip title={String(zone.areaKm2)}>
              {t('home.areaValue', { value: formatNumber(zone.areaKm2, locale) })}
            </Tooltip>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('home.leadingIndustries')}>{zone.leadingIndustries || none}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
