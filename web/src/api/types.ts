import type { MenuEntry, Permission, Role } from '@zonehub/access';

export type { MenuEntry, Permission, Role };

/** The signed-in person, their zone and what they may do (GET /auth/me, POST /auth/login, POST /auth/zone). */
export interface Me {
  user: {
    id: string;
    username: string;
    displayName: string;
    mustChangePassword: boolean;
    systemAdmin: boolean;
    enterpriseId: string | null;
  };
  role: Role;
  zone: { id: string; code: string; name: string; isDemo: boolean } | null;
  zones: { id: string; code: string; name: string; role: Role }[];
  permissions: Permission[];
  menu: MenuEntry[];
  csrfToken: string;
  session: { idleTimeoutSeconds: number; expiresAt: string };
}

/** One page of a list route. */
export interface ListResponse<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The query every list route understands. */
export interface ListQuery {
  page?: number;
  pageSize?: number;
  sort?: string;
  order?: 'asc' | 'desc';
  q?: string;
}

export const DEFAULT_PAGE_SIZE = 20;
