import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { useFormErrorHandler } from '../../app/feedback';
import { type TranslationKey, translateDynamic } from '../../i18n';
import { zoneToday } from '../../i18n/format';
import { IndustryPicker } from '../industries/industry-picker';
import { useParkOptions } from '../zones/parks.api';
import {
  enterpriseFormToBody,
  enterprisePatch,
  enterpriseToForm,
  type EnterpriseFormValues as FormValues,
} from './enterprise-form';
import {
  ENTERPRISE_STATUSES,
  type Enterprise,
  type EnterpriseInput,
  useCreateEnterpriseMutation,
  useRefreshEnterprises,
  useUpdateEnterpriseMutation,
} from './enterprises.api';

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

/**
 * Registers an enterprise (`enterprise` null) or edits one; the server's field errors land on the
 * items. An edit sends the version it was made on and only the fields changed: when someone saved
 * first, their name and time show above the form, the record reloads and what was typed here stays,
 * so saving again applies it on top of the newer version.
 */
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
  const [form] = Form.useForm<FormValues>();
  const parks = useParkOptions(open).data ?? [];
  const create = useCreateEnterpriseMutation();
  const update = useUpdateEnterpriseMutation();
  const refresh = useRefreshEnterprises();
  const handle = useFormErrorHandler(form, FIELDS);
  const [problem, setProblem] = useState<string | null>(null);
  // The record as the form opened on it: an edit sends only what differs from it.
  const opened = useRef<EnterpriseInput | null>(null);
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 409 && error.code === 'enterprise.versionConflict') {
      setProblem(error.message);
      void refresh();
      return;
    }
    handle(error);
  };
  const required = (key: TranslationKey) => ({ required: true, message: t('common.required', { field: t(key) }) });

  // Filled when the modal opens, not when the record refetches (a conflict must not wipe the input).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on open
  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
    const values = enterprise ? enterpriseToForm(enterprise) : null;
    opened.current = values ? enterpriseFormToBody(values) : null;
    form.setFieldsValue(values ?? { status: 'operating', formerNames: [] });
  }, [open, form]);

  const onFinish = (v: FormValues) => {
    const body = enterpriseFormToBody(v);
    if (enterprise) {
      // The version of the record as it is now (after a conflict, the reloaded one).
      const patch = enterprisePatch(body, opened.current ?? {}, enterprise.version);
      update.mutate(
        { id: enterprise.id, body: patch },
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
      {problem ? (
        <Alert
          type="error"
          showIcon
          title={problem}
          data-testid="enterprise-edit-problem"
          style={{ marginBottom: 12 }}
        />
      ) : null}
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
          <Select
            allowClear
            options={parks.map((p) => ({ value: p.id, label: p.name }))}
            data-testid="enterprise-form-park"
          />
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
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(zoneToday()), 'day')} />
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
