import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_CLASSES, PASSWORD_MIN_LENGTH } from '@zonehub/password-policy';
import { Alert, App, Button, Card, Flex, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormErrorHandler } from '../../app/feedback';
import { LanguageSwitch } from '../../app/language-switch';
import { useSession } from '../../app/session';
import { useChangePasswordMutation, useLogoutMutation } from './auth.api';
import { PasswordRules, passwordPolicyValidator } from './password-rules';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'];

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const change = useChangePasswordMutation();
  const logout = useLogoutMutation();
  const onError = useFormErrorHandler(form, FIELDS);
  const forced = me.user.mustChangePassword;
  const params = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH, classes: PASSWORD_MIN_CLASSES };

  const onFinish = ({ currentPassword, newPassword: next }: PasswordForm) => {
    change.mutate(
      { currentPassword, newPassword: next },
      {
        onSuccess: () => {
          void message.success(t('password.changed'));
          void navigate('/', { replace: true });
        },
        onError: (error) => {
          // A wrong current password is an error of that field, whatever the server calls it.
          if ('code' in error && error.code === 'auth.wrongPassword') {
            form.setFields([{ name: 'currentPassword', errors: [error.message] }]);
          } else onError(error);
        },
      },
    );
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', background: '#f0f4fa', padding: 16 }}>
      <Card style={{ width: 440, maxWidth: '100%' }}>
        <Flex justify="space-between" align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('password.title')}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {me.user.displayName} ({me.user.username})
        </Typography.Paragraph>
        {forced && <Alert type="warning" showIcon title={t('password.forced')} style={{ marginBottom: 16 }} />}
        <Form<PasswordForm> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="currentPassword"
            label={t('password.current')}
            rules={[{ required: true, message: t('common.required', { field: t('password.current') }) }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            rules={[
              { required: true, message: t('common.required', { field: t('password.new') }) },
              passwordPolicyValidator(
                () => me.user.username,
                (v) => t(`password.rule.${v}`, params),
              ),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <PasswordRules password={newPassword} username={me.user.username} />
          <Form.Item
            name="confirmPassword"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('common.required', { field: t('password.confirm') }) },
              ({ getFieldValue }) => ({
                validator: async (_, value: string | undefined) => {
                  if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
            {forced ? (
              <Button
                onClick={() =>
                  logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })
                }
              >
                {t('header.logout')}
              </Button>
            ) : (
              <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
            )}
            <Button type="primary" htmlType="submit" loading={change.isPending}>
              {t('password.submit')}
            </Button>
          </Space>
        </Form>
      </Card>
    </Flex>
  );
}
