import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Space, Table, type TableProps, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasPermission, useSession } from '../../app/session';
import { useListSearch, usePageInRange } from '../../app/use-list-search';
import { currentLocale } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';
import { ErrorResult } from '../errors/error-pages';
import { ParkFormModal, type ParkTarget } from './park-form.modal';
import { ZoneFormModal } from './zone-form.modal';
import { type Park, useZonesQuery, ZONE_SORTS, type Zone } from './zones.api';

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

/**
 * Zones with their parks, shown expanded; search, sorting and paging live in the URL. Creating a zone
 * is for system administrators (zone.manage).
 */
export function ZonesPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const me = useSession();
  const canCreateZone = useHasPermission('zone.manage');
  const { list, update, onTableChange, pagination, sortable } = useListSearch(ZONE_SORTS);
  const zones = useZonesQuery({
    q: list.q || undefined,
    page: list.page,
    pageSize: list.pageSize,
    sort: list.sort,
    order: list.order,
  });
  usePageInRange(list, zones.data?.total, update);
  const [zoneModal, setZoneModal] = useState<{ zone: Zone | null } | null>(null);
  const [parkTarget, setParkTarget] = useState<ParkTarget | null>(null);
  // Every zone starts expanded; only the ones the user folds are remembered.
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const items = zones.data?.items ?? [];

  const columns: TableProps<Zone>['columns'] = [
    { ...sortable('code'), title: t('zones.code'), dataIndex: 'code' },
    {
      ...sortable('name'),
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
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          defaultValue={list.q}
          placeholder={t('zones.searchPlaceholder')}
          onSearch={(value) => update({ q: value, page: undefined })}
          style={{ width: 240 }}
          data-testid="zones-search"
        />
        {canCreateZone && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setZoneModal({ zone: null })}>
            {t('zones.create')}
          </Button>
        )}
      </Flex>
      {zones.isError ? (
        <ErrorResult error={zones.error} />
      ) : (
        <Table<Zone>
          rowKey="id"
          size="middle"
          loading={zones.isFetching}
          columns={columns}
          dataSource={items}
          pagination={{ ...pagination(zones.data?.total), hideOnSinglePage: true }}
          onChange={onTableChange}
          scroll={{ x: 'max-content' }}
          expandable={{
            expandedRowKeys: items.filter((z) => !collapsed.has(z.id)).map((z) => z.id),
            onExpand: (expanded, zone) =>
              setCollapsed((prev) => {
                const next = new Set(prev);
                if (expanded) next.delete(zone.id);
                else next.add(zone.id);
                return next;
              }),
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
