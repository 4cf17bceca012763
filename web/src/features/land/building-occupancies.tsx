import { Alert, Button, DatePicker, Form, InputNumber, Modal, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatNumber, zoneToday } from '../../i18n/format';
import { EnterpriseSelect } from '../users/enterprise-select';
import { ymd } from './building-form';
import {
  type Building,
  type Occupancy,
  useAddOccupancyMutation,
  useBuildingQuery,
  useEndOccupancyMutation,
} from './land.api';
import { useFormAlert } from './use-form-alert';

interface MoveIn {
  enterpriseId: string;
  areaM2: number;
  startedOn: Dayjs;
  endedOn?: Dayjs | null;
}
const MOVE_IN_FIELDS = ['enterpriseId', 'areaM2', 'startedOn', 'endedOn'] as const;

/** An enterprise moves in; a 409 names the free area of the period and stays in the modal. */
function MoveInModal({ building, open, onClose }: { building: Building; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddOccupancyMutation();
  const [form] = Form.useForm<MoveIn>();
  const { alert, onError, clearAlert } = useFormAlert(form, MOVE_IN_FIELDS);
  useEffect(() => {
    if (open) clearAlert();
  }, [open, clearAlert]);
  return (
    <Modal
      open={open}
      title={`${t('land.occupancy.add')} · ${building.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      {alert && (
        <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} data-testid="occupancy-alert" />
      )}
      <Form<MoveIn>
        form={form}
        layout="vertical"
        initialValues={{ startedOn: dayjs(zoneToday()) }}
        data-testid="occupancy-form"
        onFinish={(v) =>
          add
            .mutateAsync({
              id: building.id,
              body: {
                enterpriseId: v.enterpriseId,
                areaM2: v.areaM2,
                startedOn: ymd(v.startedOn),
                endedOn: ymd(v.endedOn),
              },
            })
            .then(onClose, onError)
        }
      >
        <Form.Item name="enterpriseId" label={t('land.enterprise')} rules={[{ required: true }]}>
          <EnterpriseSelect />
        </Form.Item>
        <Form.Item
          name="areaM2"
          label={t('land.occupancy.area')}
          rules={[{ required: true }]}
          extra={t('land.occupancy.freeNow', {
            free: formatNumber(Math.max(0, building.floorAreaM2 - building.occupiedM2), currentLocale(), 0),
          })}
        >
          <InputNumber min={1} max={1e8} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="startedOn" label={t('land.occupancy.startedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endedOn" label={t('land.occupancy.endedOn')} extra={t('land.occupancy.endedOnHelp')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** An occupancy ends on a chosen day (today by default). */
function MoveOutModal({
  building,
  occupancy,
  onClose,
}: {
  building: Building;
  occupancy: Occupancy | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const end = useEndOccupancyMutation();
  const [form] = Form.useForm<{ endedOn: Dayjs }>();
  const { alert, onError, clearAlert } = useFormAlert(form, ['endedOn']);
  useEffect(() => {
    if (occupancy) clearAlert();
  }, [occupancy, clearAlert]);
  return (
    <Modal
      open={occupancy !== null}
      title={`${t('land.occupancy.end')} · ${occupancy?.enterpriseName ?? ''}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={end.isPending}
      destroyOnHidden
    >
      {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} />}
      <Form<{ endedOn: Dayjs }>
        form={form}
        layout="vertical"
        initialValues={{ endedOn: dayjs(zoneToday()) }}
        data-testid="occupancy-end-form"
        onFinish={(v) =>
          occupancy &&
          end
            .mutateAsync({ id: building.id, occupancyId: occupancy.id, endedOn: ymd(v.endedOn) })
            .then(onClose, onError)
        }
      >
        <Form.Item name="endedOn" label={t('land.occupancy.endedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A building's occupancies, with move-in and move-out when the caller manages land. */
export function BuildingOccupancies({ building, mayManage }: { building: Building; mayManage: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const detail = useBuildingQuery(building.id);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Occupancy | null>(null);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`occupancies-${building.code}`}>
      <Table<Occupancy>
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
            render: (_, o) => o.endedOn ?? <Tag color="green">{t('land.occupancy.current')}</Tag>,
          },
          ...(mayManage
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, o: Occupancy) =>
                    o.endedOn === null ? (
                      <Button size="small" onClick={() => setEnding(o)}>
                        {t('land.occupancy.end')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {mayManage ? (
        <Button size="small" onClick={() => setAdding(true)} data-testid="occupancy-add">
          {t('land.occupancy.add')}
        </Button>
      ) : null}
      <MoveInModal building={building} open={adding} onClose={() => setAdding(false)} />
      <MoveOutModal building={building} occupancy={ending} onClose={() => setEnding(null)} />
    </Space>
  );
}
