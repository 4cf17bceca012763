import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Upload } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/problem';
import { useErrorMessage } from '../../../app/feedback';
import type { TranslationKey } from '../../../i18n';
import { zoneToday } from '../../../i18n/format';
import { IndustryPicker } from '../../industries/industry-picker';
import type { Enterprise } from '../enterprises.api';
import { type ChangeFormValues, changeFormOf, proposedChanges } from './change-form';
import { MAX_CHANGE_FILE_BYTES, useAttachChangeFileMutation, useSubmitChangeMutation } from './change-requests.api';

/** The server names fields as body.changes.<field>; the form's items carry the field's own name. */
function formItemOf(field: string): string | null {
  if (field === 'body.reason') return 'reason';
  if (!field.startsWith('body.changes.')) return null;
  const name = field.slice('body.changes.'.length).split('.')[0] ?? '';
  return name === 'registeredCapitalYuan' ? 'registeredCapitalWan' : name;
}

/**
 * 申请变更登记信息: the enterprise edits its registered facts as a proposal, gives a reason and, if it
 * has one, a supporting file (a new business licence); nothing changes until a reviewer approves.
 */
export function ChangeRequestFormModal({
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
  const [form] = Form.useForm<ChangeFormValues>();
  const submit = useSubmitChangeMutation();
  const attach = useAttachChangeFileMutation();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const showError = useErrorMessage();

  // biome-ignore lint/correctness/useExhaustiveDependencies: filled when the modal opens
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ ...changeFormOf(enterprise), reason: '' });
    setFile(null);
    setProblem(null);
  }, [open, form]);

  const onFinish = async (values: ChangeFormValues) => {
    const changes = proposedChanges(values, enterprise);
    if (Object.keys(changes).length === 0) {
      setProblem(t('enterpriseSelf.change.nothingChanged'));
      return;
    }
    let created: { id: string };
    try {
      created = await submit.mutateAsync({ enterpriseId: enterprise.id, changes, reason: values.reason.trim() });
    } catch (error) {
      const onItems = isApiError(error)
        ? error.fieldErrors.flatMap((f) => {
            const name = formItemOf(f.field);
            return name ? [{ name: name as keyof ChangeFormValues, errors: [f.message] }] : [];
          })
        : [];
      form.setFields(onItems);
      if (onItems.length === 0 || (isApiError(error) && onItems.length < error.fieldErrors.length)) showError(error);
      return;
    }
    if (file) {
      try {
        await attach.mutateAsync({ id: created.id, file });
      } catch (error) {
        const reason = isApiError(error) ? error.message : String(error);
        void message.warning(t('enterpriseSelf.change.fileFailed', { reason }));
        onClose();
        return;
      }
    }
    void message.success(t('enterpriseSelf.change.submitted'));
    onClose();
  };

  const label = (key: TranslationKey) => t(key);
  return (
    <Modal
      open={open}
      title={t('enterpriseSelf.change.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('enterpriseSelf.change.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={submit.isPending || attach.isPending}
      width={720}
      forceRender
    >
      <Alert type="info" showIcon title={t('enterpriseSelf.change.explain')} style={{ marginBottom: 12 }} />
      {problem ? <Alert type="warning" showIcon title={problem} style={{ marginBottom: 12 }} /> : null}
      <Form<ChangeFormValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        data-testid="change-request-form"
      >
        <Form.Item name="name" label={label('enterprises.name')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="uscc" label={label('enterprises.uscc')} rules={[{ required: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="legalRepresentative" label={label('enterprises.legalRepresentative')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="registeredCapitalWan" label={label('enterprises.registeredCapitalWan')}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="foundedOn" label={label('enterprises.foundedOn')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(zoneToday()), 'day')} />
        </Form.Item>
        <Form.Item name="address" label={label('enterpriseSelf.registeredAddress')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="industryCode" label={label('enterprises.industry')}>
          <IndustryPicker />
        </Form.Item>
        <Form.Item
          name="reason"
          label={label('enterpriseSelf.change.reason')}
          rules={[{ required: true, whitespace: true, message: t('enterpriseSelf.change.reasonRequired') }]}
        >
          <Input.TextArea maxLength={1000} rows={3} showCount data-testid="change-reason" />
        </Form.Item>
        <Form.Item label={label('enterpriseSelf.change.file')} extra={t('enterpriseSelf.change.fileHelp')}>
          <Upload
            maxCount={1}
            beforeUpload={(chosen) => {
              if (chosen.size > MAX_CHANGE_FILE_BYTES) void message.error(t('enterpriseSelf.change.fileTooLarge'));
              else setFile(chosen);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          >
            <Button icon={<UploadOutlined />}>{t('enterpriseSelf.change.chooseFile')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
