import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../api/client';
import type { Me } from '../../api/types';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

async function remember(request: Promise<Me>): Promise<Me> {
  const me = await request;
  setCsrfToken(me.csrfToken);
  return me;
}

export function useMeQuery() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: () => remember(api.get<Me>('/auth/me')), staleTime: 60_000 });
}

/** Asks the server for the session again, which also restarts its idle clock ("Stay signed in"). */
export function useRefreshSessionMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => remember(api.get<Me>('/auth/me')),
    onSuccess: (me) => queryClient.setQueryData(ME_QUERY_KEY, me),
  });
}

export interface Credentials {
  username: string;
  password: string;
}

/** Signs in; the cache of the previous session is dropped so nothing of it leaks into the new one. */
export function useLoginMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => remember(api.post<Me>('/auth/login', credentials)),
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, me);
    },
  });
}

function useSignOut(path: '/auth/logout' | '/auth/logout-all') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>(path),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
    },
  });
}

export const useLogoutMutation = () => useSignOut('/auth/logout');
export const useLogoutAllMutation = () => useSignOut('/auth/logout-all');

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export function useChangePasswordMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: PasswordChange) => api.post<void>('/auth/password', change),
    // The session now has mustChangePassword off: wait for it before leaving the page.
    onSuccess: () => queryClient.refetchQueries({ queryKey: ME_QUERY_KEY }),
  });
}

/** Switches the current zone, then refetches everything: every figure depends on the zone. */
export function useSwitchZoneMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (zoneId: string) => remember(api.post<Me>('/auth/zone', { zoneId })),
    onSuccess: async (me) => {
      queryClient.setQueryData(ME_QUERY_KEY, me);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
    },
  });
}
