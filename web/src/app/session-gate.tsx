import { Flex, Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ERROR_CODES, isApiError } from '../api/problem';
import { useMeQuery } from '../features/auth/auth.api';
import { ErrorResult } from '../features/errors/error-pages';
import { loginPathFor } from './access';
import { IdleWarning } from './idle-warning';
import { SessionProvider } from './session';

export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

/** Loads the session for everything behind it; no session leads to the login page. */
export function SessionGate() {
  const location = useLocation();
  const me = useMeQuery();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) {
      const ended = me.error.code === ERROR_CODES.sessionExpired;
      return <Navigate to={loginPathFor(location.pathname, location.search, ended)} replace />;
    }
    return <ErrorResult error={me.error} />;
  }
  if (me.data.user.mustChangePassword && location.pathname !== '/password') {
    return <Navigate to="/password" replace />;
  }
  return (
    <SessionProvider me={me.data}>
      <Outlet />
      <IdleWarning />
    </SessionProvider>
  );
}
