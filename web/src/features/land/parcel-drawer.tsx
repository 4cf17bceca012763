import { Descriptions, Drawer, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { useParcelQuery } from './land.api';
import { yuanToWan } from './land-format';

const STATUS_COLORS = { supplied: 'blue', unsupplied: 'default', reserved: 'gold' } as const;

/** One parcel at a glance (opened from the map), with a link to its enterprise's profile. */
export function ParcelDrawer({ parcelId, onClose }: { parcelId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const parcel = useParcelQuery(parcelId);
  const p = parcel.data;
  const num = (n: number | null, digits = 2) => (n === null ? '—' : formatNumber(n, locale, digits));
  const s = p?.standardLandIndicators;
  return (
    <Drawer
      open={parcelId !== null}
      onClose={onClose}
      title={p ? t('land.map.parcel', { code: p.code }) : ''}
      size={420}
      data-testid="parcel-drawer"
    >
      {!p ? (
        <Spin />
      ) : (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('land.code')}>{p.code}</Descriptions.Item>
          <Descriptions.Item label={t('land.park')}>{p.parkName}</Descriptions.Item>
          <Descriptions.Item label={t('land.area')}>
            {t('land.areaValue', { mu: num(p.areaMu), m2: num(p.areaM2, 0) })}
          </Descriptions.Item>
          <Descriptions.Item label={t('land.landUse')}>{p.landUse ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('land.supplyStatus')}>
            <Tag color={STATUS_COLORS[p.supplyStatus]}>{t(`land.supplyStatus.${p.supplyStatus}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('land.enterprise')}>
            {p.enterpriseId ? (
              <Link to={`/registry/enterprises/${p.enterpriseId}`} data-testid="parcel-enterprise-link">
                {p.enterpriseName}
              </Link>
            ) : (
              t('land.none')
            )}
          </Descriptions.Item>
          {s ? (
            <>
              <Descriptions.Item label={t('land.indicator.investmentIntensity')}>
                {num(yuanToWan(s.investmentIntensityYuanPerMu))}
              </Descriptions.Item>
              <Descriptions.Item label={t('land.indicator.plotRatio')}>{num(s.plotRatio)}</Descriptions.Item>
              <Descriptions.Item label={t('land.indicator.taxPerMu')}>
                {num(yuanToWan(s.taxPerMuYuan))}
              </Descriptions.Item>
              <Descriptions.Item label={t('land.indicator.addedValuePerTce')}>
                {num(yuanToWan(s.addedValuePerTceYuan))}
              </Descriptions.Item>
              <Descriptions.Item label={t('land.indicator.addedValuePerEmission')}>
                {num(yuanToWan(s.addedValuePerEmissionYuan))}
              </Descriptions.Item>
              <Descriptions.Item label={t('land.indicator.agreedOn')}>{s.agreedOn ?? '—'}</Descriptions.Item>
            </>
          ) : null}
        </Descriptions>
      )}
    </Drawer>
  );
}
