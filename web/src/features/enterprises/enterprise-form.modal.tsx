import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrorHandler } from '../../app/feedback';
import { useSession } from '../../app/session';
import { type TranslationKey, translateDynamic } from '../../i18n';
import { IndustryPicker } from '../industries/industry-picker';
import { useAllZonesQuery } from '../zones/zones.api';
import {
  ENTERPRISE_STATUSES,
  type Enterprise,
  type EnterpriseInput,
  type EnterpriseStatus,
  useCreateEnterpriseMutation,
  useUpdateEnterpriseMutation,
} from './enterprises.api';

interface FormValues {
  uscc: string;
  name: string;
  formerNames: string[];
  legalRepresentative?: string;
  registeredCapitalWan?: number | null;
  foundedOn?: Dayjs | null;
  address?: string;
  parkId?: string | null;
  status: EnterpriseStatus;
  industryCode?: string | null;
  employees?: number | null;
}

/** Server field names → form items (capital is entered in 万元 and sent in yuan). */
const FIELDS = [
  'uscc',
  'name',
  'formerNames',
  'legalRepresentative',
  'registeredCapitalWan',
  'foundedOn',
  'address',
  'parkId',
  'status',
  'industryCode',
  'employees',
];

const toForm = (e: Enterprise): FormValues => ({
  uscc: e.uscc,
  name: e.name,
  formerNames: e.formerNames,
  legalRepresentative: e.legalRepresentative ?? '',
  registeredCapitalWan: e.registeredCapitalYuan === null ? null : e.registeredCapitalYuan / 10_000,
  foundedOn: e.foundedOn ? dayjs(e.foundedOn) : null,
  address: e.address ?? '',
  parkId: e.parkId,
  status: e.status,
  industryCode: e.industryCode,
  employees: e.employees,
});

/** Registers an enterprise (`enterprise` null) or edits one; the server's field errors land on the items. */
export function EnterpriseFormModal({
  enterprise,
  open,
  onClose,
  onCreated,
}: {
  enterprise: Enterprise | null;
  open: boolean;
  onClose: () => void;
  onCreated?: (e: Enterprise) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useSession();
  const [form] = Form.useForm<FormValues>();
  const zones = useAllZonesQuery(open);
  const parks = zones.data?.find((z) => z.id === me.zone?.id)?.parks ?? [];
  const create = useCreateEnterpriseMutation();
  const update = useUpdateEnterpriseMutation();
  const handle = useFormErrorHandler(form, FIELDS);
  const onError = (error: unknown) => handle(error);
  const required = (key: TranslationKey) => ({ required: true, message: t('common.required', { field: t(key) }) });

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(enterprise ? toForm(enterprise) : { status: 'operating', formerNames: [] });
  }, [open, enterprise, form]);

  const onFinish = (v: FormValues) => {
    const body: EnterpriseInput = {
      uscc: v.uscc,
      name: v.name,
      formerNames: v.formerNames ?? [],
      legalRepresentative: v.legalRepresentative || null,
      registeredCapitalYuan: v.registeredCapitalWan == null ? null : Math.round(v.registeredCapitalWan * 10_000),
      foundedOn: v.foundedOn ? v.foundedOn.format('YYYY-MM-DD') : null,
      address: v.address || null,
      parkId: v.parkId ?? null,
      status: v.status,
      industryCode: v.industryCode ?? null,
      employees: v.employees ?? null,
    };
    if (enterprise) {
      update.mutate(
        { id: enterprise.id, body },
        {
          onSuccess: () => {
            void message.success(t('common.saved'));
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(body, {
        onSuccess: (created) => {
          void message.success(t('common.created'));
          onClose();
          onCreated?.(created);
        },
        onError,
      });
    }
  };

  return (
    <Modal
      open={open}
      title={enterprise ? t('enterprises.edit') : t('enterprises.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={create.isPending || update.isPending}
      width={720}
      destroyOnHidden
      forceRender
    >
      <Form<FormValues> name="enterpriseForm" form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="uscc"
          label={t('enterprises.uscc')}
          rules={[required('enterprises.uscc')]}
          extra={t('enterprises.usccHelp')}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="name" label={t('enterprises.name')} rules={[required('enterprises.name')]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="formerNames" label={t('enterprises.formerNames')}>
          <Select mode="tags" open={false} tokenSeparators={['；', ';']} />
        </Form.Item>
        <Form.Item name="parkId" label={t('enterprises.park')}>
          <Select allowClear options={parks.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="industryCode" label={t('enterprises.industry')}>
          <IndustryPicker />
        </Form.Item>
        <Form.Item name="status" label={t('enterprises.status')}>
          <Select
            options={ENTERPRISE_STATUSES.map((s) => ({
              value: s,
              label: translateDynamic(`enterprises.status.${s}`, s),
            }))}
          />
        </Form.Item>
        <Form.Item name="legalRepresentative" label={t('enterprises.legalRepresentative')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="registeredCapitalWan" label={t('enterprises.registeredCapitalWan')}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="foundedOn" label={t('enterprises.foundedOn')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="employees" label={t('enterprises.employees')}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="address" label={t('enterprises.address')}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
