import { App, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrorHandler } from '../../app/feedback';
import { useCreateZoneMutation, useUpdateZoneMutation, type Zone } from './zones.api';

interface ZoneForm {
  code: string;
  name: string;
  approvedOn: Dayjs | null;
  areaKm2: number | null;
  leadingIndustries: string;
}

const FIELDS = ['code', 'name', 'approvedOn', 'areaKm2', 'leadingIndustries'];

/** Creates a zone (`zone` null, system administrators only) or edits one. */
export function ZoneFormModal({ open, zone, onClose }: { open: boolean; zone: Zone | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ZoneForm>();
  const create = useCreateZoneMutation();
  const update = useUpdateZoneMutation();
  const onError = useFormErrorHandler(form, FIELDS);
  const creating = zone === null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (zone) {
      form.setFieldsValue({
        code: zone.code,
        name: zone.name,
        approvedOn: zone.approvedOn ? dayjs(zone.approvedOn) : null,
        areaKm2: zone.areaKm2,
        leadingIndustries: zone.leadingIndustries ?? '',
      });
    }
  }, [open, zone, form]);

  const onFinish = (values: ZoneForm) => {
    const body = {
      code: values.code,
      name: values.name,
      approvedOn: values.approvedOn ? values.approvedOn.format('YYYY-MM-DD') : null,
      areaKm2: values.areaKm2 ?? null,
      leadingIndustries: values.leadingIndustries || null,
    };
    const done = (text: string) => {
      void message.success(text);
      onClose();
    };
    if (creating) create.mutate(body, { onSuccess: () => done(t('common.created')), onError });
    else update.mutate({ id: zone.id, body }, { onSuccess: () => done(t('common.saved')), onError });
  };

  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });

  return (
    <Modal
      open={open}
      title={creating ? t('zones.create') : t('zones.edit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={create.isPending || update.isPending}
      forceRender
    >
      <Form<ZoneForm> name="zoneForm" form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="code" label={t('zones.code')} rules={[required(t('zones.code'))]}>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('zones.name')} rules={[required(t('zones.name'))]}>
          <Input />
        </Form.Item>
        <Form.Item name="approvedOn" label={t('zones.approvedOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="areaKm2" label={t('zones.areaKm2')}>
          <InputNumber min={0} step={0.01} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="leadingIndustries" label={t('zones.leadingIndustries')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
