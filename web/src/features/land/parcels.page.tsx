import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Popconfirm, Select, Space, Table, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useErrorMessage } from '../../app/feedback';
import { useHasPermission } from '../../app/session';
import { useListSearch, usePageInRange } from '../../app/use-list-search';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { ErrorResult } from '../errors/error-pages';
import {
  PARCEL_SORTS,
  type Parcel,
  type ParcelDetail,
  SUPPLY_STATUSES,
  type SupplyStatus,
  useDeleteParcelMutation,
  useParcelsQuery,
} from './land.api';
import { ParcelFormModal } from './parcel-form.modal';
import { ParkSelect } from './park-select';

const STATUS_COLORS = { supplied: 'blue', unsupplied: 'default', reserved: 'gold' } as const;
const isStatus = (v: string | null): v is SupplyStatus => SUPPLY_STATUSES.some((s) => s === v);

/** The zone's parcels: filters, sorting and paging in the URL; area in 亩 and m². */
export function ParcelsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { message } = App.useApp();
  const showError = useErrorMessage();
  const mayManage = useHasPermission('land.manage');
  const { params, list, update, onTableChange, pagination, sortable } = useListSearch(PARCEL_SORTS);
  const status = params.get('supplyStatus');
  const standard = params.get('standardLand');
  const parcels = useParcelsQuery({
    q: list.q || undefined,
    page: list.page,
    pageSize: list.pageSize,
    sort: list.sort,
    order: list.order,
    parkId: params.get('parkId') ?? undefined,
    supplyStatus: isStatus(status) ? status : undefined,
    standardLand: standard === 'yes' || standard === 'no' ? standard : undefined,
  });
  usePageInRange(list, parcels.data?.total, update);
  const remove = useDeleteParcelMutation();
  const [editing, setEditing] = useState<ParcelDetail | null>(null);
  const [open, setOpen] = useState(false);

  const edit = async (p: Parcel) => {
    try {
      setEditing(await api.get<ParcelDetail>(`/parcels/${p.id}`));
      setOpen(true);
    } catch (error) {
      showError(error);
    }
  };

  const columns: TableProps<Parcel>['columns'] = [
    { ...sortable('code'), title: t('land.code'), dataIndex: 'code' },
    { key: 'park', title: t('land.park'), dataIndex: 'parkName' },
    {
      ...sortable('areaMu'),
      title: t('land.areaMu'),
      align: 'right',
      render: (_, p) => formatNumber(p.areaMu, locale),
    },
    { key: 'areaM2', title: t('land.areaM2'), align: 'right', render: (_, p) => formatNumber(p.areaM2, locale, 0) },
    { key: 'landUse', title: t('land.landUse'), dataIndex: 'landUse' },
    {
      ...sortable('supplyStatus'),
      title: t('land.supplyStatus'),
      render: (_, p) => <Tag color={STATUS_COLORS[p.supplyStatus]}>{t(`land.supplyStatus.${p.supplyStatus}`)}</Tag>,
    },
    { key: 'enterprise', title: t('land.enterprise'), render: (_, p) => p.enterpriseName ?? '—' },
    {
      key: 'standard',
      title: t('land.standardLand'),
      render: (_, p) => (p.standardLand ? <Tag color="purple">{t('land.standardLand')}</Tag> : null),
    },
    ...(mayManage
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, p: Parcel) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => void edit(p)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('land.parcels.deleteConfirm', { code: p.code })}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    remove.mutateAsync(p.id).then(
                      () => void message.success(t('common.deleted')),
                      (error: unknown) => showError(error),
                    )
                  }
                >
                  <Button type="link" size="small" danger>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card title={t('land.parcels.title')} data-testid="parcels-page">
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 16 }}>
        <Space wrap>
          <Input.Search
            allowClear
            defaultValue={list.q}
            placeholder={t('land.parcels.search')}
            onSearch={(value) => update({ q: value, page: undefined })}
            style={{ width: 200 }}
          />
          <ParkSelect
            allowAll
            value={params.get('parkId') ?? undefined}
            onChange={(id) => update({ parkId: id, page: undefined })}
          />
          <Select
            allowClear
            placeholder={t('land.supplyStatus')}
            value={isStatus(status) ? status : undefined}
            onChange={(v: SupplyStatus | undefined) => update({ supplyStatus: v, page: undefined })}
            options={SUPPLY_STATUSES.map((s) => ({ value: s, label: t(`land.supplyStatus.${s}`) }))}
            style={{ width: 120 }}
          />
          <Select
            allowClear
            placeholder={t('land.standardLand')}
            value={standard === 'yes' || standard === 'no' ? standard : undefined}
            onChange={(v: string | undefined) => update({ standardLand: v, page: undefined })}
            options={[
              { value: 'yes', label: t('land.standardLand.yes') },
              { value: 'no', label: t('land.standardLand.no') },
            ]}
            style={{ width: 140 }}
          />
        </Space>
        {mayManage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setEditing(null);
              setOpen(true);
            }}
          >
            {t('land.parcels.create')}
          </Button>
        ) : null}
      </Flex>
      {parcels.isError ? (
        <ErrorResult error={parcels.error} />
      ) : (
        <Table<Parcel>
          rowKey="id"
          size="middle"
          loading={parcels.isFetching}
          columns={columns}
          dataSource={parcels.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={pagination(parcels.data?.total)}
          onChange={onTableChange}
        />
      )}
      <ParcelFormModal open={open} parcel={editing} onClose={() => setOpen(false)} />
    </Card>
  );
}
