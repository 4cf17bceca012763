import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Permission, Role } from '../../api/types';

/** A role as the product defines it: what it may do and which menu entries it sees. */
export interface RoleInfo {
  role: Role;
  permissions: Permission[];
  /** Menu keys, parents before their children (`admin`, `admin.users`, …). */
  menu: string[];
}

export function useRolesQuery() {
  return useQuery({
    queryKey: ['admin', 'roles'],
    queryFn: () => api.get<{ items: RoleInfo[] }>('/admin/roles'),
    select: (data) => data.items,
    // Roles change only with a new release of the product.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
