import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Space,
  Table,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage, useFormErrorHandler } from '../../app/feedback';
import { useHasPermission } from '../../app/session';
import { useListSearch } from '../../app/use-list-search';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { ErrorResult } from '../errors/error-pages';
import { EnterpriseSelect } from '../users/enterprise-select';
import {
  type Building,
  useAddOccupancyMutation,
  useBuildingQuery,
  useBuildingsQuery,
  useCreateBuildingMutation,
  useEndOccupancyMutation,
} from './land.api';
import { percent } from './land-format';
import { ParkSelect } from './park-select';

const SORTS = ['code', 'name', 'floorAreaM2'] as const;
const today = () => new Date().toISOString().slice(0, 10);

/** A building's occupancies, with move-in and move-out when the caller manages land. */
function Occupancies({ building, mayManage }: { building: Building; mayManage: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const showError = useErrorMessage();
  const detail = useBuildingQuery(building.id);
  const end = useEndOccupancyMutation();
  const add = useAddOccupancyMutation();
  const [form] = Form.useForm<{ enterpriseId: string; areaM2: number; startedOn: Dayjs }>();
  const onError = useFormErrorHandler(form, ['enterpriseId', 'areaM2', 'startedOn']);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={detail.isLoading}
        dataSource={detail.data?.occupancies ?? []}
        columns={[
          { key: 'enterprise', title: t('land.enterprise'), dataIndex: 'enterpriseName' },
          { key: 'area', title: t('land.occupancy.area'), render: (_, o) => formatNumber(o.areaM2, locale, 0) },
          { key: 'startedOn', title: t('land.occupancy.startedOn'), dataIndex: 'startedOn' },
          {
            key: 'endedOn',
            title: t('land.occupancy.endedOn'),
            render: (_, o) =>
              o.endedOn ??
              (mayManage ? (
                <Button
                  size="small"
                  onClick={() =>
                    end
                      .mutateAsync({ id: building.id, occupancyId: o.id, endedOn: today() })
                      .catch((e: unknown) => showError(e))
                  }
                >
                  {t('land.occupancy.end')}
                </Button>
              ) : (
                <Tag color="green">{t('land.occupancy.current')}</Tag>
              )),
          },
        ]}
      />
      {mayManage ? (
        <Button size="small" style={{ marginTop: 8 }} onClick={() => setOpen(true)}>
          {t('land.occupancy.add')}
        </Button>
      ) : null}
      <Modal
        open={open}
        title={`${t('land.occupancy.add')} · ${building.name}`}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) =>
            add
              .mutateAsync({
                id: building.id,
                body: { enterpriseId: v.enterpriseId, areaM2: v.areaM2, startedOn: v.startedOn.format('YYYY-MM-DD') },
              })
              .then(() => setOpen(false), onError)
          }
        >
          <Form.Item name="enterpriseId" label={t('land.enterprise')} rules={[{ required: true }]}>
            <EnterpriseSelect />
          </Form.Item>
          <Form.Item name="areaM2" label={t('land.occupancy.area')} rules={[{ required: true }]}>
            <InputNumber min={1} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="startedOn" label={t('land.occupancy.startedOn')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** Standard factory buildings with their occupancy bars, per-park rates and occupants. */
export function BuildingsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { message } = App.useApp();
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
  const create = useCreateBuildingMutation();
  const [form] = Form.useForm<{ code: string; name: string; parkId: string; floorAreaM2: number; floors?: number }>();
  const onError = useFormErrorHandler(form, ['code', 'name', 'parkId', 'floorAreaM2', 'floors']);
  const [open, setOpen] = useState(false);

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
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
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
          expandable={{ expandedRowRender: (b) => <Occupancies building={b} mayManage={mayManage} /> }}
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
          ]}
        />
      )}
      <Modal
        open={open}
        title={t('land.buildings.create')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) =>
            create.mutateAsync({ ...v, floors: v.floors ?? null }).then(() => {
              setOpen(false);
              void message.success(t('common.saved'));
            }, onError)
          }
        >
          <Form.Item name="code" label={t('land.buildings.code')} rules={[{ required: true }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="name" label={t('land.buildings.name')} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="parkId" label={t('land.park')} rules={[{ required: true }]}>
            <ParkSelect />
          </Form.Item>
          <Form.Item name="floorAreaM2" label={t('land.buildings.floorArea')} rules={[{ required: true }]}>
            <InputNumber min={1} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="floors" label={t('land.buildings.floors')}>
            <InputNumber min={1} max={200} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
