import { Card, Empty, Flex, Segmented, Space } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useHasPermission } from '../../app/session';
import { Chart } from '../../charts/chart';
import { registerMap } from '../../charts/echarts';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { ErrorResult } from '../errors/error-pages';
import { GeometryImportButton } from './geometry-import.button';
import { type SupplyStatus, useParkMapQuery } from './land.api';
import { ParcelDrawer } from './parcel-drawer';
import { buildParkMapOption, type MapColoring, mapNameOf, type ParcelDatum } from './park-map.option';
import { ParkSelect, useParks } from './park-select';

/** Each park's parcels drawn from their GeoJSON (no tiles), coloured by supply status or industry. */
export function ParkMapPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [params, setParams] = useSearchParams();
  const parks = useParks();
  const parkId = params.get('park') ?? parks[0]?.id;
  const [coloring, setColoring] = useState<MapColoring>('supplyStatus');
  const [selected, setSelected] = useState<string | null>(null);
  const map = useParkMapQuery(parkId);
  const mayManage = useHasPermission('land.manage');

  const option = useMemo(() => {
    if (!map.data || map.data.features.length === 0) return null;
    // The series refers to the GeoJSON by name: register it before the option reaches the chart.
    registerMap(mapNameOf(map.data.park.id), map.data as unknown as Parameters<typeof registerMap>[1]);
    const status = (s: SupplyStatus) => t(`land.supplyStatus.${s}`);
    return buildParkMapOption(map.data, coloring, {
      supplyStatus: { supplied: status('supplied'), unsupplied: status('unsupplied'), reserved: status('reserved') },
      noIndustry: t('land.map.noIndustry'),
      section: (letter) => t('land.map.section', { section: letter }),
      tooltip: (p) => [
        t('land.map.parcel', { code: p.code }),
        `${t('land.area')}: ${formatNumber(p.areaMu, locale)} ${t('land.unit.mu')}`,
        `${t('land.supplyStatus')}: ${status(p.supplyStatus)}`,
        `${t('land.enterprise')}: ${p.enterpriseName ?? t('land.none')}`,
      ],
    });
  }, [map.data, coloring, t, locale]);

  const onClick = useCallback((data: unknown) => {
    const datum = data as ParcelDatum | undefined;
    if (datum?.parcel) setSelected(datum.parcel.id);
  }, []);

  return (
    <Card title={t('land.map.title')} data-testid="park-map-page">
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
        <Space wrap>
          <ParkSelect value={parkId} onChange={(id) => setParams(id ? { park: id } : {})} testId="park-map-park" />
          <Segmented<MapColoring>
            value={coloring}
            onChange={setColoring}
            options={[
              { value: 'supplyStatus', label: t('land.map.bySupply') },
              { value: 'industry', label: t('land.map.byIndustry') },
            ]}
            data-testid="park-map-coloring"
          />
        </Space>
        {mayManage && parkId ? (
          <GeometryImportButton parkId={parkId} parkName={parks.find((p) => p.id === parkId)?.name} />
        ) : null}
      </Flex>
      {map.isError ? (
        <ErrorResult error={map.error} />
      ) : option ? (
        <Chart option={option} onClick={onClick} testId="park-map-chart" style={{ height: 560 }} />
      ) : map.data ? (
        <Empty description={t('land.map.noGeometry')} />
      ) : null}
      <ParcelDrawer parcelId={selected} onClose={() => setSelected(null)} />
    </Card>
  );
}
