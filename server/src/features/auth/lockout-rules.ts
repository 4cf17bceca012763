/**
 * The sign-in lockout as pure rules over one counter per key (times are epoch milliseconds):
 * - pair `(submitted username, address)`: 5 failures lock the pair for 15 minutes, so one person's
 *   typos behind a shared address (a whole 管委会 behind one NAT) lock only themselves;
 * - account `submitted username`: 20 failures from any addresses lock the username for 15 minutes
 *   (the zone admins are told);
 * - address: 10 failures within 15 minutes are free, then each further attempt waits 1, 2, 4 … up to
 *   60 seconds after the last failure (429 with Retry-After): a spray across many usernames slows to
 *   about one guess a minute without ever locking out the colleagues sharing the address;
 * - a user's current password on password change: 5 failures lock the change for 15 minutes.
 *
 * Pair, account and current-password attempts are *reserved* before the password is checked (the
 * counter goes up first, and a success takes its reservation back), so a burst of concurrent wrong
 * passwords gets no more checks than the limit. The address counts failures once they are known:
 * concurrent sign-ins that succeed (everyone arriving at 9:00 behind one NAT) are never held up by
 * each other. Counts are per *submitted* username, whether it exists or not, so the answers (tries
 * left, locks) are the same for a username that exists and for one that does not.
 */

export const PAIR_LIMIT = 5;
export const ACCOUNT_LIMIT = 20;
export const CURRENT_PASSWORD_LIMIT = 5;
export const LOCK_MS = 15 * 60_000;
/** A pair or account count starts over this long after its first failure (unless locked). */
export const WINDOW_MS = 15 * 60_000;
/** Failures an address may have in a window before it is slowed down; its window slides with each failure. */
export const ADDRESS_FREE_FAILURES = 10;
export const ADDRESS_MAX_DELAY_MS = 60_000;

export interface AttemptCounter {
  key: string;
  /** Attempts in the current window: failures, and for reserved keys the attempts still being checked. */
  attempts: number;
  /** When the count starts over; never before `blockedUntil`. */
  windowEndsAt: number;
  /** Attempts are refused until then (a lock, or the address's backoff). */
  blockedUntil: number | null;
}

/** How long attempts on this counter are still refused; 0 when they are not. */
export function blockedForMs(counter: AttemptCounter, now: number): number {
  return counter.blockedUntil !== null && counter.blockedUntil > now ? counter.blockedUntil - now : 0;
}

/** The counter as of now: once its window has ended it counts from zero again. */
function current(counter: AttemptCounter, now: number): AttemptCounter {
  return counter.windowEndsAt <= now ? { ...counter, attempts: 0, blockedUntil: null } : counter;
}

export type Reservation =
  | { refused: true; retryAfterMs: number }
  | { refused: false; counter: AttemptCounter; remaining: number };

/**
 * Reserves one attempt on a pair, account or current-password counter, or refuses it while locked.
 * The attempt that reaches the limit locks the counter at once: concurrent attempts are refused
 * without a check, and if it turns out right, `release` lifts the lock again.
 */
export function reserve(counter: AttemptCounter, limit: number, now: number): Reservation {
  const live = current(counter, now);
  const blocked = blockedForMs(live, now);
  if (blocked > 0) return { refused: true, retryAfterMs: blocked };
  const attempts = live.attempts + 1;
  const windowEndsAt = live.attempts === 0 ? now + WINDOW_MS : live.windowEndsAt;
  const lock = attempts >= limit ? now + LOCK_MS : null;
  return {
    refused: false,
    counter: { key: live.key, attempts, windowEndsAt: Math.max(windowEndsAt, lock ?? 0), blockedUntil: lock },
    remaining: limit - attempts,
  };
}

/** Takes back the reservation of an attempt that turned out right. */
export function release(counter: AttemptCounter, limit: number): AttemptCounter {
  const attempts = Math.max(0, counter.attempts - 1);
  return { ...counter, attempts, blockedUntil: attempts < limit ? null : counter.blockedUntil };
}

/** The wait an address is given after its n-th failure in a window: none, then 1 s doubling to 60 s. */
export function addressDelayMs(failures: number): number {
  if (failures <= ADDRESS_FREE_FAILURES) return 0;
  return Math.min(1000 * 2 ** (failures - ADDRESS_FREE_FAILURES - 1), ADDRESS_MAX_DELAY_MS);
}

/** Counts a failure from an address; its window slides, so a steady spray stays slowed down. */
export function addressFailure(counter: AttemptCounter, now: number): AttemptCounter {
  const attempts = current(counter, now).attempts + 1;
  const delay = addressDelayMs(attempts);
  return { key: counter.key, attempts, windowEndsAt: now + WINDOW_MS, blockedUntil: delay > 0 ? now + delay : null };
}

/** Usernames are counted as a person would read them: "Leader " and "leader" are one username. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** The counters one sign-in attempt touches. An address has no "|", so a pair key reads one way only. */
export function signInKeys(username: string, ip: string): { pair: string; account: string; address: string } {
  const name = normaliseUsername(username);
  return { pair: `pair:${ip}|${name}`, account: `user:${name}`, address: `ip:${ip}` };
}

export const currentPasswordKey = (userId: string) => `password:${userId}`;
