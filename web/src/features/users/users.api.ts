import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ListQuery, ListResponse, Role } from '../../api/types';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  orgUnitIds: string[];
  parkIds: string[];
  enterpriseId: string | null;
  enterpriseName: string | null;
  /** Mainland mobile, or null; the admin API is the only place it is shown. */
  mobile: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  /** False when the user also holds a role in a zone this administrator does not administer. */
  manageable: boolean;
}

/** The columns GET /admin/users sorts by. */
export const USER_SORTS = ['username', 'displayName', 'createdAt', 'lastLoginAt'] as const;
export type UserSort = (typeof USER_SORTS)[number];

export interface UserQuery extends ListQuery {
  sort?: UserSort | undefined;
  role?: Role | undefined;
}

export interface UserCreate {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  orgUnitIds?: string[];
  parkIds?: string[];
  enterpriseId?: string | null;
  mobile?: string | null;
}

export type UserUpdate = Partial<
  Pick<User, 'displayName' | 'role' | 'active' | 'orgUnitIds' | 'parkIds' | 'enterpriseId' | 'mobile'>
>;

const USERS_KEY = ['admin', 'users'] as const;

export function useUsersQuery(query: UserQuery, enabled = true) {
  return useQuery({
    queryKey: [...USERS_KEY, query],
    queryFn: () => api.get<ListResponse<User>>('/admin/users', { ...query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCreateUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UserCreate) => api.post<User>('/admin/users', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useUpdateUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UserUpdate }) => api.patch<User>(`/admin/users/${id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useResetPasswordMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      api.post<void>(`/admin/users/${id}/reset-password`, { password }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export interface EnterpriseOption {
  id: string;
  uscc: string;
  name: string;
  parkId: string | null;
  parkName: string | null;
  status: string;
}

/** The enterprise picker's search (GET /enterprises). */
export function useEnterpriseSearchQuery(q: string) {
  return useQuery({
    queryKey: ['enterprises', 'picker', q],
    queryFn: () => api.get<ListResponse<EnterpriseOption>>('/enterprises', { q, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}
