import { Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { ErrorResult } from '../errors/error-pages';
import { useEnterpriseLandQuery } from './land.api';

const STATUS_COLORS = { supplied: 'green', unsupplied: 'default', reserved: 'gold' } as const;

/** The enterprise profile's land tab: the parcels it uses and its factory-building occupancies. */
export function EnterpriseLandTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const land = useEnterpriseLandQuery(enterpriseId);
  if (land.isError) return <ErrorResult error={land.error} />;
  const data = land.data;
  if (data && data.parcels.length === 0 && data.occupancies.length === 0)
    return <Empty description={t('land.tab.empty')} />;
  return (
    <div data-testid="enterprise-land-tab">
      <Typography.Title level={5}>{t('land.tab.parcels')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        loading={land.isLoading}
        pagination={false}
        dataSource={data?.parcels ?? []}
        columns={[
          { key: 'code', title: t('land.code'), dataIndex: 'code' },
          { key: 'park', title: t('land.park'), dataIndex: 'parkName' },
          {
            key: 'area',
            title: t('land.area'),
            render: (_, p) =>
              t('land.areaValue', { mu: formatNumber(p.areaMu, locale), m2: formatNumber(p.areaM2, locale, 0) }),
          },
          { key: 'landUse', title: t('land.landUse'), dataIndex: 'landUse' },
          {
            key: 'status',
            title: t('land.supplyStatus'),
            render: (_, p) => (
              <Tag color={STATUS_COLORS[p.supplyStatus]}>{t(`land.supplyStatus.${p.supplyStatus}`)}</Tag>
            ),
          },
          {
            key: 'standard',
            title: t('land.standardLand'),
            render: (_, p) => (p.standardLand ? <Tag color="blue">{t('land.standardLand')}</Tag> : null),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('land.tab.occupancies')}
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        loading={land.isLoading}
        pagination={false}
        dataSource={data?.occupancies ?? []}
        columns={[
          { key: 'building', title: t('land.building'), render: (_, o) => `${o.buildingCode} ${o.buildingName}` },
          { key: 'park', title: t('land.park'), dataIndex: 'parkName' },
          { key: 'area', title: t('land.occupancy.area'), render: (_, o) => formatNumber(o.areaM2, locale, 0) },
          { key: 'startedOn', title: t('land.occupancy.startedOn'), dataIndex: 'startedOn' },
          {
            key: 'endedOn',
            title: t('land.occupancy.endedOn'),
            render: (_, o) => o.endedOn ?? <Tag color="green">{t('land.occupancy.current')}</Tag>,
          },
        ]}
      />
    </div>
  );
}
