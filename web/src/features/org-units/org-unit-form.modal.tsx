import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrorHandler } from '../../app/feedback';
import {
  ORG_UNIT_KINDS,
  type OrgUnit,
  type OrgUnitKind,
  useCreateOrgUnitMutation,
  useUpdateOrgUnitMutation,
} from './org-units.api';

interface OrgUnitForm {
  kind: OrgUnitKind;
  code: string;
  name: string;
  parentId: string | null;
}

const FIELDS = ['kind', 'code', 'name', 'parentId'];

interface Props {
  open: boolean;
  unit: OrgUnit | null;
  units: readonly OrgUnit[];
  onClose: () => void;
}

/** Creates an org unit (`unit` null) or edits one; the kind is fixed once created. */
export function OrgUnitFormModal({ open, unit, units, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgUnitForm>();
  const create = useCreateOrgUnitMutation();
  const update = useUpdateOrgUnitMutation();
  const onError = useFormErrorHandler(form, FIELDS);
  const creating = unit === null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(unit ? { ...unit } : { kind: 'department', parentId: null });
  }, [open, unit, form]);

  const onFinish = ({ kind, code, name, parentId }: OrgUnitForm) => {
    const done = (text: string) => {
      void message.success(text);
      onClose();
    };
    const parent = parentId ?? null;
    if (creating) {
      create.mutate({ kind, code, name, parentId: parent }, { onSuccess: () => done(t('common.created')), onError });
    } else {
      update.mutate(
        { id: unit.id, body: { code, name, parentId: parent } },
        { onSuccess: () => done(t('common.saved')), onError },
      );
    }
  };

  const parents = units.filter((u) => u.id !== unit?.id).map((u) => ({ value: u.id, label: u.name }));
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });

  return (
    <Modal
      open={open}
      title={creating ? t('orgUnits.create') : t('orgUnits.edit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={create.isPending || update.isPending}
      forceRender
    >
      <Form<OrgUnitForm> name="orgUnitForm" form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="kind" label={t('orgUnits.kind')} rules={[required(t('orgUnits.kind'))]}>
          <Select
            disabled={!creating}
            options={ORG_UNIT_KINDS.map((k) => ({ value: k, label: t(`orgUnits.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="code" label={t('orgUnits.code')} rules={[required(t('orgUnits.code'))]}>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('orgUnits.name')} rules={[required(t('orgUnits.name'))]}>
          <Input />
        </Form.Item>
        <Form.Item name="parentId" label={t('orgUnits.parent')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={parents} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
