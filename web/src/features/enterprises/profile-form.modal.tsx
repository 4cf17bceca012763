import { Alert, App, Form, Input, InputNumber, Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { useFormErrorHandler } from '../../app/feedback';
import { type Enterprise, useRefreshEnterprises, useUpdateProfileMutation } from './enterprises.api';
import { type ProfileFormValues, profilePatch, profileToForm } from './profile-form';

const FIELDS = ['phone', 'website', 'officeAddress', 'businessDescription', 'employees'];

/**
 * Edits what the enterprise keeps itself. Like the registry's edit, it sends the version it was
 * made on and only the fields changed: when someone saved first, their name and time show, the
 * record reloads and the input stays, so saving again applies it on top.
 */
export function ProfileFormModal({
  enterprise,
  open,
  onClose,
}: {
  enterprise: Enterprise;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileFormValues>();
  const update = useUpdateProfileMutation();
  const refresh = useRefreshEnterprises();
  const handle = useFormErrorHandler(form, FIELDS);
  const [problem, setProblem] = useState<string | null>(null);
  const opened = useRef<ProfileFormValues>({});

  // Filled when the modal opens, not when the record refetches (a conflict must not wipe the input).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on open
  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
    opened.current = profileToForm(enterprise);
    form.setFieldsValue(opened.current);
  }, [open, form]);

  const onFinish = (values: ProfileFormValues) => {
    update.mutate(
      { id: enterprise.id, body: profilePatch(values, opened.current, enterprise.version) },
      {
        onSuccess: () => {
          void message.success(t('common.saved'));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'enterprise.versionConflict') {
            setProblem(error.message);
            void refresh();
            return;
          }
          handle(error);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('enterpriseSelf.profile.edit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      width={640}
      forceRender
    >
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} /> : null}
      <Form<ProfileFormValues> form={form} layout="vertical" onFinish={onFinish} data-testid="profile-form">
        <Form.Item name="phone" label={t('enterpriseSelf.phone')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="website" label={t('enterpriseSelf.website')}>
          <Input maxLength={200} placeholder="www.example.com" />
        </Form.Item>
        <Form.Item name="officeAddress" label={t('enterpriseSelf.officeAddress')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="employees" label={t('enterprises.employees')}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="businessDescription" label={t('enterpriseSelf.businessDescription')}>
          <Input.TextArea maxLength={2000} rows={4} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
