import type { Selectable } from 'kysely';

/** One counter per lockout key (see lockout-rules.ts); times are ISO instants. */
export interface LoginAttemptTable {
  key: string;
  attempts: number;
  windowEndsAt: string;
  blockedUntil: string | null;
}

export type LoginAttemptRow = Selectable<LoginAttemptTable>;
