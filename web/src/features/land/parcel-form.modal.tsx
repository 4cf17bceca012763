import { Checkbox, DatePicker, Divider, Form, Input, InputNumber, Modal, Segmented, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrorHandler } from '../../app/feedback';
import { EnterpriseSelect } from '../users/enterprise-select';
import {
  type ParcelDetail,
  SUPPLY_STATUSES,
  type SupplyStatus,
  useDeleteStandardLandMutation,
  usePutStandardLandMutation,
  useSaveParcelMutation,
} from './land.api';
import { wanToYuan, yuanToWan } from './land-format';
import { ParkSelect } from './park-select';

interface Values {
  code: string;
  parkId: string;
  area: number;
  landUse?: string | null;
  supplyStatus: SupplyStatus;
  enterpriseId?: string | null;
  standardLand: boolean;
  investmentIntensityWan?: number | null;
  plotRatio?: number | null;
  taxPerMuWan?: number | null;
  addedValuePerTceWan?: number | null;
  addedValuePerEmissionWan?: number | null;
  agreedOn?: Dayjs | null;
}

const FIELDS = ['code', 'parkId', 'areaMu', 'areaM2', 'landUse', 'supplyStatus', 'enterpriseId'];

/** Create or edit a parcel; the 标准地 indicators are entered in 万元 and sent in yuan. */
export function ParcelFormModal({
  open,
  parcel,
  onClose,
}: {
  open: boolean;
  parcel: ParcelDetail | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [unit, setUnit] = useState<'mu' | 'm2'>('mu');
  const save = useSaveParcelMutation();
  const putStandard = usePutStandardLandMutation();
  const deleteStandard = useDeleteStandardLandMutation();
  const onError = useFormErrorHandler(form, [...FIELDS, 'area']);
  const standardLand = Form.useWatch('standardLand', form);

  useEffect(() => {
    if (!open) return;
    setUnit('mu');
    const s = parcel?.standardLandIndicators;
    form.resetFields();
    form.setFieldsValue({
      code: parcel?.code ?? '',
      parkId: parcel?.parkId,
      area: parcel?.areaMu,
      landUse: parcel?.landUse ?? null,
      supplyStatus: parcel?.supplyStatus ?? 'unsupplied',
      enterpriseId: parcel?.enterpriseId ?? null,
      standardLand: Boolean(s),
      investmentIntensityWan: yuanToWan(s?.investmentIntensityYuanPerMu ?? null),
      plotRatio: s?.plotRatio ?? null,
      taxPerMuWan: yuanToWan(s?.taxPerMuYuan ?? null),
      addedValuePerTceWan: yuanToWan(s?.addedValuePerTceYuan ?? null),
      addedValuePerEmissionWan: yuanToWan(s?.addedValuePerEmissionYuan ?? null),
      agreedOn: s?.agreedOn ? dayjs(s.agreedOn) : null,
    });
  }, [open, parcel, form]);

  const submit = async (v: Values) => {
    try {
      const body = {
        code: v.code,
        parkId: v.parkId,
        ...(unit === 'mu' ? { areaMu: v.area } : { areaM2: v.area }),
        landUse: v.landUse || null,
        supplyStatus: v.supplyStatus,
        enterpriseId: v.enterpriseId ?? null,
      };
      const saved = await save.mutateAsync({ id: parcel?.id ?? null, body });
      if (v.standardLand)
        await putStandard.mutateAsync({
          id: saved.id,
          body: {
            investmentIntensityYuanPerMu: wanToYuan(v.investmentIntensityWan),
            plotRatio: v.plotRatio ?? null,
            taxPerMuYuan: wanToYuan(v.taxPerMuWan),
            addedValuePerTceYuan: wanToYuan(v.addedValuePerTceWan),
            addedValuePerEmissionYuan: wanToYuan(v.addedValuePerEmissionWan),
            agreedOn: v.agreedOn ? v.agreedOn.format('YYYY-MM-DD') : null,
          },
        });
      else if (saved.standardLand) await deleteStandard.mutateAsync(saved.id);
      onClose();
    } catch (error) {
      onError(error);
    }
  };

  const wan = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label}>
      <InputNumber min={0} style={{ width: '100%' }} />
    </Form.Item>
  );

  return (
    <Modal
      open={open}
      title={parcel ? t('land.parcels.edit') : t('land.parcels.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending || putStandard.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="parcel-form">
        <Form.Item name="code" label={t('land.code')} rules={[{ required: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="parkId" label={t('land.park')} rules={[{ required: true }]}>
          <ParkSelect />
        </Form.Item>
        <Form.Item label={t('land.areaUnit')}>
          <Segmented
            value={unit}
            onChange={setUnit}
            options={[
              { value: 'mu', label: t('land.unit.mu') },
              { value: 'm2', label: t('land.unit.m2') },
            ]}
          />
        </Form.Item>
        <Form.Item name="area" label={unit === 'mu' ? t('land.areaMu') : t('land.areaM2')} rules={[{ required: true }]}>
          <InputNumber min={0.0001} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="landUse" label={t('land.landUse')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="supplyStatus" label={t('land.supplyStatus')} rules={[{ required: true }]}>
          <Select options={SUPPLY_STATUSES.map((s) => ({ value: s, label: t(`land.supplyStatus.${s}`) }))} />
        </Form.Item>
        <Form.Item name="enterpriseId" label={t('land.enterprise')}>
          <EnterpriseSelect initialName={parcel?.enterpriseName ?? null} />
        </Form.Item>
        <Form.Item name="standardLand" valuePropName="checked">
          <Checkbox>{t('land.standardLand')}</Checkbox>
        </Form.Item>
        {standardLand ? (
          <>
            <Divider>{t('land.indicators')}</Divider>
            {wan('investmentIntensityWan', t('land.indicator.investmentIntensity'))}
            {wan('plotRatio', t('land.indicator.plotRatio'))}
            {wan('taxPerMuWan', t('land.indicator.taxPerMu'))}
            {wan('addedValuePerTceWan', t('land.indicator.addedValuePerTce'))}
            {wan('addedValuePerEmissionWan', t('land.indicator.addedValuePerEmission'))}
            <Form.Item name="agreedOn" label={t('land.indicator.agreedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
