import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILDING_FIELDS, type BuildingFormValues, buildingBody, buildingFormValues } from './building-form';
import { type Building, useCreateBuildingMutation, useParcelsQuery, useUpdateBuildingMutation } from './land.api';
import { ParkSelect } from './park-select';
import { useFormAlert } from './use-form-alert';

/** The parcels of one park, to say which one a building stands on. */
function ParcelPicker({
  parkId,
  value,
  onChange,
}: {
  parkId: string | undefined;
  value?: string | null;
  onChange?: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const parcels = useParcelsQuery({ parkId, pageSize: 200, sort: 'code' });
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      disabled={!parkId}
      value={value ?? undefined}
      placeholder={t('land.buildings.parcelPick')}
      loading={parcels.isFetching}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      options={(parcels.data?.items ?? []).map((p) => ({ value: p.id, label: p.code }))}
      data-testid="building-parcel"
    />
  );
}

/** Register or edit a standard factory building (code, park, parcel, floor area, floors, completion). */
export function BuildingFormModal({
  open,
  building,
  onClose,
}: {
  open: boolean;
  building: Building | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BuildingFormValues>();
  const create = useCreateBuildingMutation();
  const update = useUpdateBuildingMutation();
  const { alert, onError, clearAlert } = useFormAlert(form, BUILDING_FIELDS);
  const parkId = Form.useWatch('parkId', form);

  useEffect(() => {
    if (!open) return;
    clearAlert();
    form.resetFields();
    if (building) form.setFieldsValue(buildingFormValues(building));
  }, [open, building, form, clearAlert]);

  const onFinish = (values: BuildingFormValues) => {
    const body = buildingBody(values);
    const saved = building ? update.mutateAsync({ id: building.id, body }) : create.mutateAsync(body);
    saved.then(() => {
      onClose();
      void message.success(t('common.saved'));
    }, onError);
  };

  return (
    <Modal
      open={open}
      title={building ? `${t('land.buildings.edit')} · ${building.name}` : t('land.buildings.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      forceRender
    >
      {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} data-testid="building-alert" />}
      <Form<BuildingFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={(changed: Partial<BuildingFormValues>) => {
          // A parcel belongs to one park: choosing another park clears it.
          if ('parkId' in changed) form.setFieldValue('parcelId', null);
        }}
        data-testid="building-form"
      >
        <Form.Item name="code" label={t('land.buildings.code')} rules={[{ required: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="name" label={t('land.buildings.name')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="parkId" label={t('land.park')} rules={[{ required: true }]}>
          <ParkSelect testId="building-park" />
        </Form.Item>
        <Form.Item name="parcelId" label={t('land.buildings.parcel')}>
          <ParcelPicker parkId={parkId} />
        </Form.Item>
        <Form.Item name="floorAreaM2" label={t('land.buildings.floorArea')} rules={[{ required: true }]}>
          <InputNumber min={1} max={1e8} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="floors" label={t('land.buildings.floors')}>
          <InputNumber min={1} max={200} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="completedOn" label={t('land.buildings.completedOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
