import type { ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import { canOpen } from './access';
import { useSession } from './session';

/** Whether the signed-in user may open a page of the app: the question the router's gate asks. */
export function useCanOpen(): (path: string) => boolean {
  const me = useSession();
  return (path) => canOpen(path, me.menu, me.permissions);
}

/**
 * A link to a page of the app, shown as a link only to those who may open the page; the others read
 * its text (or `fallback`), never a link that ends on 无权访问.
 */
export function AppLink({ to, fallback, ...props }: Omit<LinkProps, 'to'> & { to: string; fallback?: ReactNode }) {
  const mayOpen = useCanOpen();
  if (mayOpen(to)) return <Link to={to} {...props} />;
  return <>{fallback === undefined ? props.children : fallback}</>;
}
