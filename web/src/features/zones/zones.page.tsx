import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Table, type TableProps, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasPermission, useSession } from '../../app/session';
import { currentLocale } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';
import { ErrorResult } from '../errors/error-pages';
import { ParkFormModal, type ParkTarget } from './park-form.modal';
import { ZoneFormModal } from './zone-form.modal';
import { type Park, useZonesQuery, type Zone } from './zones.api';

function ParksTable({ zone, onEdit }: { zone: Zone; onEdit: (park: Park) => void }) {
  const { t } = useTranslation();
  const columns: TableProps<Park>['columns'] = [
    { key: 'sortOrder', title: t('zones.sortOrder'), dataIndex: 'sortOrder', width: 80 },
    { key: 'code', title: t('zones.code'), dataIndex: 'code' },
    { key: 'name', title: t('zones.name'), dataIndex: 'name' },
    {
      key: 'leadingIndustries',
      title: t('zones.leadingIndustries'),
      render: (_, p) => p.leadingIndustries || t('common.none'),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, p) => (
        <Button type="link" size="small" onClick={() => onEdit(p)}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];
  const parks = [...zone.parks].sort((a, b) => a.sortOrder - b.sortOrder);
  return <Table<Park> rowKey="id" size="small" columns={columns} dataSource={parks} pagination={false} />;
}

/** Zones with their parks; creating a zone is for system administrators (zone.manage). */
export function ZonesPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const me = useSession();
  const canCreateZone = useHasPermission('zone.manage');
  const zones = useZonesQuery();
  const [zoneModal, setZoneModal] = useState<{ zone: Zone | null } | null>(null);
  const [parkTarget, setParkTarget] = useState<ParkTarget | null>(null);

  const columns: TableProps<Zone>['columns'] = [
    { key: 'code', title: t('zones.code'), dataIndex: 'code' },
    {
      key: 'name',
      title: t('zones.name'),
      render: (_, z) => (
        <Space size={4}>
          {z.name}
          {z.id === me.zone?.id && <Tag color="blue">{t('zones.current')}</Tag>}
          {z.isDemo && <Tag color="orange">{t('common.demo')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'approvedOn',
      title: t('zones.approvedOn'),
      render: (_, z) =>
        z.approvedOn ? <Tooltip title={z.approvedOn}>{formatDate(z.approvedOn, locale)}</Tooltip> : t('common.none'),
    },
    {
      key: 'areaKm2',
      title: t('zones.areaKm2'),
      align: 'right',
      render: (_, z) => (z.areaKm2 === null ? t('common.none') : formatNumber(z.areaKm2, locale)),
    },
    {
      key: 'leadingIndustries',
      title: t('zones.leadingIndustries'),
      render: (_, z) => z.leadingIndustries || t('common.none'),
    },
    { key: 'parks', title: t('zones.parks'), render: (_, z) => t('zones.parkCount', { count: z.parks.length }) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, z) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setZoneModal({ zone: z })}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => setParkTarget({ zoneId: z.id, park: null })}>
            {t('zones.addPark')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Card title={t('zones.title')} data-testid="zones-page">
      {canCreateZone && (
        <Flex justify="flex-end" style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setZoneModal({ zone: null })}>
            {t('zones.create')}
          </Button>
        </Flex>
      )}
      {zones.isError ? (
        <ErrorResult error={zones.error} />
      ) : (
        <Table<Zone>
          key={zones.data ? 'loaded' : 'loading'}
          rowKey="id"
          size="middle"
          loading={zones.isPending}
          columns={columns}
          dataSource={zones.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          expandable={{
            defaultExpandAllRows: true,
            expandedRowRender: (zone) => (
              <ParksTable zone={zone} onEdit={(park) => setParkTarget({ zoneId: zone.id, park })} />
            ),
          }}
        />
      )}
      <ZoneFormModal open={zoneModal !== null} zone={zoneModal?.zone ?? null} onClose={() => setZoneModal(null)} />
      <ParkFormModal target={parkTarget} onClose={() => setParkTarget(null)} />
    </Card>
  );
}
