import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrorHandler } from '../../app/feedback';
import { type Park, useCreateParkMutation, useUpdateParkMutation } from './zones.api';

interface ParkForm {
  code: string;
  name: string;
  leadingIndustries: string;
  sortOrder: number | null;
}

const FIELDS = ['code', 'name', 'leadingIndustries', 'sortOrder'];

/** What the modal works on: a new park of a zone, or an existing park. */
export type ParkTarget = { zoneId: string; park: null } | { zoneId: string; park: Park };

export function ParkFormModal({ target, onClose }: { target: ParkTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ParkForm>();
  const create = useCreateParkMutation();
  const update = useUpdateParkMutation();
  const onError = useFormErrorHandler(form, FIELDS);

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.park) form.setFieldsValue({ ...target.park, leadingIndustries: target.park.leadingIndustries ?? '' });
  }, [target, form]);

  const onFinish = (values: ParkForm) => {
    if (!target) return;
    const body = {
      code: values.code,
      name: values.name,
      leadingIndustries: values.leadingIndustries || null,
      ...(values.sortOrder === null || values.sortOrder === undefined ? {} : { sortOrder: values.sortOrder }),
    };
    const done = (text: string) => {
      void message.success(text);
      onClose();
    };
    if (target.park) update.mutate({ id: target.park.id, body }, { onSuccess: () => done(t('common.saved')), onError });
    else create.mutate({ zoneId: target.zoneId, body }, { onSuccess: () => done(t('common.created')), onError });
  };

  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });

  return (
    <Modal
      open={target !== null}
      title={target?.park ? t('zones.editPark') : t('zones.addPark')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={create.isPending || update.isPending}
      forceRender
    >
      <Form<ParkForm> name="parkForm" form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="code" label={t('zones.code')} rules={[required(t('zones.code'))]}>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('zones.name')} rules={[required(t('zones.name'))]}>
          <Input />
        </Form.Item>
        <Form.Item name="leadingIndustries" label={t('zones.leadingIndustries')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('zones.sortOrder')}>
          <InputNumber min={0} step={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
