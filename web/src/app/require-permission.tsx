import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ForbiddenPage } from '../features/errors/error-pages';
import { canOpen } from './access';
import { useSession } from './session';

/** Shows the page when its path is in the user's menu or permissions, else the 403 page. */
export function RequirePermission({ children }: { children: ReactNode }) {
  const me = useSession();
  const { pathname } = useLocation();
  return canOpen(pathname, me.menu, me.permissions) ? children : <ForbiddenPage />;
}
