import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { ListResponse } from '../../../api/types';

/** Leaders' instructions (批示), as /projects/instructions serves them. */
export type InstructionTargetType = 'project' | 'milestone' | 'actionItem';

export interface Receipt {
  userId: string;
  displayName: string;
  readAt: string | null;
  acknowledgedAt: string | null;
  reply: string | null;
}

export interface Instruction {
  id: string;
  authorId: string;
  authorName: string;
  targetType: InstructionTargetType;
  targetId: string;
  targetName: string;
  projectId: string | null;
  projectName: string | null;
  viaNotificationId: string | null;
  link: string | null;
  text: string;
  createdAt: string;
  recipients: Receipt[];
  mine: Receipt | null;
}

export interface WriteInstruction {
  targetType: InstructionTargetType | 'notification';
  targetId: string;
  text: string;
}

const BASE = '/projects/instructions';
const KEY = ['projects', 'instructions'] as const;

export function useReceivedInstructions(page: number, pageSize: number, pending: boolean) {
  return useQuery({
    queryKey: [...KEY, 'received', page, pageSize, pending],
    queryFn: () =>
      api.get<ListResponse<Instruction>>(`${BASE}/received`, {
        page,
        pageSize,
        ...(pending ? { pending: 'true' } : {}),
      }),
    placeholderData: keepPreviousData,
  });
}

export function useMyInstructions(page: number, pageSize: number, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'mine', page, pageSize],
    queryFn: () => api.get<ListResponse<Instruction>>(`${BASE}/mine`, { page, pageSize }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProjectInstructions(projectId: string) {
  return useQuery({
    queryKey: [...KEY, 'project', projectId],
    queryFn: () => api.get<{ items: Instruction[] }>(`${BASE}/project/${projectId}`),
  });
}

/** Every write refreshes every instruction list (and the bell, which a write may feed). */
function useInstructionMutation<V, R>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: KEY });
      await queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

export const useWriteInstruction = () =>
  useInstructionMutation((body: WriteInstruction) => api.post<Instruction>(BASE, body));

export const useAcknowledgeInstruction = () =>
  useInstructionMutation(({ id, reply }: { id: string; reply: string | null }) =>
    api.post<Instruction>(`${BASE}/${id}/acknowledge`, { reply }),
  );

export const useMarkInstructionRead = () =>
  useInstructionMutation((id: string) => api.post<Instruction>(`${BASE}/${id}/read`, {}));
