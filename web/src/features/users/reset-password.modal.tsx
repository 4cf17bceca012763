import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_CLASSES, PASSWORD_MIN_LENGTH } from '@zonehub/password-policy';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrorHandler } from '../../app/feedback';
import { PasswordRules, passwordPolicyValidator } from '../auth/password-rules';
import { type User, useResetPasswordMutation } from './users.api';

const FIELDS = ['password'];

/** Sets a new initial password; the user must change it at next sign-in. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const password = Form.useWatch('password', form) ?? '';
  const reset = useResetPasswordMutation();
  const onError = useFormErrorHandler(form, FIELDS);
  const policy = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH, classes: PASSWORD_MIN_CLASSES };

  useEffect(() => {
    if (user) form.resetFields();
  }, [user, form]);

  return (
    <Modal
      open={user !== null}
      title={user ? t('users.resetPasswordFor', { name: user.displayName }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('users.resetPassword')}
      confirmLoading={reset.isPending}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('users.passwordHelp')}</Typography.Paragraph>
      <Form
        name="resetPasswordForm"
        form={form}
        layout="vertical"
        onFinish={({ password: next }: { password: string }) => {
          if (!user) return;
          reset.mutate(
            { id: user.id, password: next },
            {
              onSuccess: () => {
                void message.success(t('users.resetDone'));
                onClose();
              },
              onError,
            },
          );
        }}
      >
        <Form.Item
          name="password"
          label={t('users.newPassword')}
          rules={[
            { required: true, message: t('common.required', { field: t('users.newPassword') }) },
            passwordPolicyValidator(
              () => user?.username ?? '',
              (v) => t(`password.rule.${v}`, policy),
            ),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <PasswordRules password={password} username={user?.username ?? ''} />
      </Form>
    </Modal>
  );
}
