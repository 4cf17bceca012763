import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Progress, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasPermission } from '../../app/session';
import { useListSearch } from '../../app/use-list-search';
import { currentLocale } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';
import { ErrorResult } from '../errors/error-pages';
import { BuildingFormModal } from './building-form.modal';
import { BuildingOccupancies } from './building-occupancies';
import { type Building, useBuildingsQuery } from './land.api';
import { percent } from './land-format';
import { ParkSelect } from './park-select';

const SORTS = ['code', 'name', 'floorAreaM2'] as const;

/** Standard factory buildings with their occupancy bars, per-park rates and occupants. */
export function BuildingsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const mayManage = useHasPermission('land.manage');
  const { params, list, update, onTableChange, pagination, sortable } = useListSearch(SORTS);
  const buildings = useBuildingsQuery({
    q: list.q || undefined,
    page: list.page,
    pageSize: list.pageSize,
    sort: list.sort,
    order: list.order,
    parkId: params.get('parkId') ?? undefined,
  });
  // The building stays while the modal closes, so its title does not flip to "create" mid-animation.
  const [modal, setModal] = useState<{ open: boolean; building: Building | null }>({ open: false, building: null });

  return (
    <Card title={t('land.buildings.title')} data-testid="buildings-page">
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 16 }}>
        <Space wrap>
          <Input.Search
            allowClear
            defaultValue={list.q}
            placeholder={t('land.buildings.search')}
            onSearch={(value) => update({ q: value, page: undefined })}
            style={{ width: 220 }}
          />
          <ParkSelect
            allowAll
            value={params.get('parkId') ?? undefined}
            onChange={(id) => update({ parkId: id, page: undefined })}
          />
        </Space>
        {mayManage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setModal({ open: true, building: null })}
            data-testid="building-create"
          >
            {t('land.buildings.create')}
          </Button>
        ) : null}
      </Flex>
      <Space wrap style={{ marginBottom: 16 }}>
        {(buildings.data?.parks ?? []).map((p) => (
          <Tag key={p.parkId} color="blue">
            {t('land.buildings.parkSummary', {
              park: p.parkName ?? '',
              count: p.buildings,
              rate: percent(p.occupancyRate),
            })}
          </Tag>
        ))}
      </Space>
      {buildings.isError ? (
        <ErrorResult error={buildings.error} />
      ) : (
        <Table<Building>
          rowKey="id"
          size="middle"
          loading={buildings.isFetching}
          dataSource={buildings.data?.items ?? []}
          pagination={pagination(buildings.data?.total)}
          onChange={onTableChange}
          scroll={{ x: 'max-content' }}
          expandable={{ expandedRowRender: (b) => <BuildingOccupancies building={b} mayManage={mayManage} /> }}
          columns={[
            { ...sortable('code'), title: t('land.buildings.code'), dataIndex: 'code' },
            { ...sortable('name'), title: t('land.buildings.name'), dataIndex: 'name' },
            { key: 'park', title: t('land.park'), dataIndex: 'parkName' },
            { key: 'parcel', title: t('land.buildings.parcel'), render: (_, b) => b.parcelCode ?? '—' },
            {
              ...sortable('floorAreaM2'),
              title: t('land.buildings.floorArea'),
              align: 'right',
              render: (_, b) => formatNumber(b.floorAreaM2, locale, 0),
            },
            { key: 'floors', title: t('land.buildings.floors'), render: (_, b) => b.floors ?? '—' },
            {
              key: 'completedOn',
              title: t('land.buildings.completedOn'),
              render: (_, b) => (b.completedOn ? formatDate(b.completedOn, locale) : '—'),
            },
            {
              key: 'occupancy',
              title: t('land.buildings.occupancy'),
              render: (_, b) => (
                <div style={{ minWidth: 180 }}>
                  <Progress percent={Math.round(b.occupancyRate * 1000) / 10} size="small" />
                  {t('land.buildings.occupiedValue', {
                    occupied: formatNumber(b.occupiedM2, locale, 0),
                    total: formatNumber(b.floorAreaM2, locale, 0),
                  })}
                </div>
              ),
            },
            ...(mayManage
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    render: (_: unknown, b: Building) => (
                      <Button
                        type="link"
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => setModal({ open: true, building: b })}
                        data-testid={`building-edit-${b.code}`}
                      >
                        {t('common.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <BuildingFormModal
        open={modal.open}
        building={modal.building}
        onClose={() => setModal((m) => ({ ...m, open: false }))}
      />
    </Card>
  );
}
