import type { Insertable, Selectable } from 'kysely';

export interface SessionTable {
  id: string;
  userId: string;
  zoneId: string | null;
  csrfToken: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export type SessionRow = Selectable<SessionTable>;
export type NewSession = Insertable<SessionTable>;
