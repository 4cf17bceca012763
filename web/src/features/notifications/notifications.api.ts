import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ListResponse } from '../../api/types';
import { useSession } from '../../app/session';

export type NotificationKind =
  | 'milestoneDueSoon'
  | 'milestoneOverdue'
  | 'milestoneEscalated'
  | 'actionAssigned'
  | 'actionDueSoon'
  | 'actionOverdue'
  | 'accountLocked'
  | 'enterpriseChangeSubmitted'
  | 'enterpriseChangeApproved'
  | 'enterpriseChangeRejected'
  | 'agencyItemSubmitted'
  | 'agencyItemResubmitted'
  | 'agencyItemReturned'
  | 'instructionReceived';

/** One of my notifications, as GET /notifications returns it; the text is rendered here (notification-text.ts). */
export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  params: Record<string, string | number | null>;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

const NOTIFICATIONS_KEY = ['notifications'] as const;
/** The bell polls: the daily alerts job and other users' actions create notifications without us. */
const POLL_MS = 60_000;

/** Notifications belong to the zone the user works in: the zone is part of every key. */
function useZoneKey() {
  const me = useSession();
  return { zoneId: me.zone?.id ?? null, key: [...NOTIFICATIONS_KEY, me.zone?.id ?? 'none'] as const };
}

export function useUnreadCount() {
  const { zoneId, key } = useZoneKey();
  return useQuery({
    queryKey: [...key, 'unread-count'],
    queryFn: () => api.poll<{ unread: number }>('/notifications/unread-count'),
    enabled: zoneId !== null,
    refetchInterval: POLL_MS,
  });
}

export function useNotifications(
  query: { page: number; pageSize: number; unread: boolean },
  options = { poll: false },
) {
  const { zoneId, key } = useZoneKey();
  return useQuery({
    queryKey: [...key, 'list', query],
    queryFn: () =>
      (options.poll ? api.poll : api.get)<ListResponse<NotificationItem>>('/notifications', {
        page: query.page,
        pageSize: query.pageSize,
        unread: query.unread ? 'true' : undefined,
      }),
    enabled: zoneId !== null,
    placeholderData: keepPreviousData,
    ...(options.poll ? { refetchInterval: POLL_MS } : {}),
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<NotificationItem>(`/notifications/${id}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ marked: number }>('/notifications/read-all'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
