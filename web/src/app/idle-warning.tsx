import { Button, Modal, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useLogoutMutation, useRefreshSessionMutation } from '../features/auth/auth.api';
import { loginPathFor } from './access';
import { useErrorMessage } from './feedback';
import { useSession } from './session';
import { useIdleTimeout } from './use-idle-timeout';

/**
 * Warns before the session idles out on the server: "Stay signed in" refreshes it (GET /auth/me),
 * "Sign out" ends it. Left alone, it signs out and the login page brings the user back here.
 */
export function IdleWarning() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const showError = useErrorMessage();
  const refresh = useRefreshSessionMutation();
  const logout = useLogoutMutation();

  const signOut = (returnHere: boolean) =>
    logout.mutate(undefined, {
      onSettled: () => void navigate(returnHere ? loginPathFor(pathname, search, true) : '/login', { replace: true }),
    });

  const expiresAt = useIdleTimeout(me.session.idleTimeoutSeconds * 1000, {
    keepAlive: () => refresh.mutateAsync(),
    onExpired: () => signOut(true),
  });

  return (
    <Modal
      open={expiresAt !== null}
      title={t('session.expiring.title')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={[
        <Button key="logout" loading={logout.isPending} onClick={() => signOut(false)} data-testid="idle-logout">
          {t('session.expiring.signOut')}
        </Button>,
        <Button
          key="stay"
          type="primary"
          loading={refresh.isPending}
          onClick={() => refresh.mutate(undefined, { onError: showError })}
          data-testid="idle-stay"
        >
          {t('session.expiring.stay')}
        </Button>,
      ]}
    >
      <div data-testid="idle-warning">
        <Typography.Paragraph>{t('session.expiring.body')}</Typography.Paragraph>
        {expiresAt !== null && (
          <Statistic.Timer type="countdown" title={t('session.expiring.timeLeft')} value={expiresAt} format="mm:ss" />
        )}
      </div>
    </Modal>
  );
}
