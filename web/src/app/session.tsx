import { createContext, type ReactNode, useContext } from 'react';
import type { Me } from '../api/types';

const SessionContext = createContext<Me | null>(null);

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <SessionContext.Provider value={me}>{children}</SessionContext.Provider>;
}

/** The signed-in user; only for components under the session gate. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession used outside the session gate');
  return me;
}

export function useHasPermission(permission: string): boolean {
  return useSession().permissions.some((p) => p === permission);
}
