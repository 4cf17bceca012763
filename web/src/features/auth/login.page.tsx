import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/problem';
import { safeRedirect, sessionEndedIn } from '../../app/access';
import { matchFieldErrors } from '../../app/form-errors';
import { LanguageSwitch } from '../../app/language-switch';
import { type Credentials, useLoginMutation } from './auth.api';

const FIELDS: (keyof Credentials)[] = ['username', 'password'];

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const redirect = params.get('redirect');
  const login = useLoginMutation();
  const [form] = Form.useForm<Credentials>();
  const [error, setError] = useState<{ message: string; remainingAttempts?: number } | null>(null);

  const onFinish = (credentials: Credentials) => {
    setError(null);
    login.mutate(credentials, {
      onSuccess: (me) =>
        void navigate(me.user.mustChangePassword ? '/password' : safeRedirect(redirect), { replace: true }),
      onError: (e) => {
        if (isApiError(e)) form.setFields(matchFieldErrors(e.fieldErrors, FIELDS).fields);
        setError({ message: e.message, remainingAttempts: isApiError(e) ? e.remainingAttempts : undefined });
      },
    });
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', background: '#f0f4fa', padding: 16 }}>
      <Card style={{ width: 380, maxWidth: '100%' }}>
        <Flex justify="flex-end">
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 8 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('login.subtitle')}
        </Typography.Paragraph>
        {sessionEndedIn(params) && !error && (
          <Alert type="info" showIcon title={t('login.sessionEnded')} style={{ marginBottom: 16 }} />
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            title={error.message}
            description={
              error.remainingAttempts === undefined
                ? undefined
                : t('login.remainingAttempts', { count: error.remainingAttempts })
            }
            data-testid="login-error"
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<Credentials> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, message: t('common.required', { field: t('login.username') }) }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('common.required', { field: t('login.password') }) }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
