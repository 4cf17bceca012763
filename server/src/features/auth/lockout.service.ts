import type { Db } from '../../db/database.js';
import type { AppContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { deleteCounter, holdCounters, saveCounter } from './lockout.repository.js';
import {
  ACCOUNT_LIMIT,
  type AttemptCounter,
  addressFailure,
  blockedForMs,
  CURRENT_PASSWORD_LIMIT,
  currentPasswordKey,
  PAIR_LIMIT,
  type Reservation,
  release,
  reserve,
  signInKeys,
} from './lockout-rules.js';

/** The rules are in lockout-rules.ts; this applies them to the counters, each step in one transaction. */

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export function lockedError(retryAfterMs: number): AppError {
  const retryAfterSeconds = seconds(retryAfterMs);
  return new AppError('auth.locked', { minutes: Math.ceil(retryAfterSeconds / 60) }, [], { retryAfterSeconds });
}

function counterOf(counters: Map<string, AttemptCounter>, key: string): AttemptCounter {
  return counters.get(key) ?? { key, attempts: 0, windowEndsAt: 0, blockedUntil: null };
}

export interface ReservedSignIn {
  keys: ReturnType<typeof signInKeys>;
  /** Tries left for this username from this address (or from anywhere, when fewer) if this one fails. */
  remaining: number;
  /** Set when this attempt used the last try: if it fails, sign-in is locked until then. */
  lockedUntil: number | null;
  /** Set when this attempt reached the account's own limit (the zone admins are told if it fails). */
  accountLockedUntil: number | null;
}

/**
 * Counts a sign-in attempt before its password is checked, or refuses it (nothing checked, nothing
 * counted): 429 auth.locked for a locked pair or username, 429 auth.slowDown for an address in backoff.
 */
export async function reserveSignIn(ctx: AppContext, username: string, ip: string): Promise<ReservedSignIn> {
  const keys = signInKeys(username, ip);
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const at = now.getTime();
    const counters = await holdCounters(trx, [keys.pair, keys.account, keys.address], now);
    const pair = reserve(counterOf(counters, keys.pair), PAIR_LIMIT, at);
    const account = reserve(counterOf(counters, keys.account), ACCOUNT_LIMIT, at);
    if (pair.refused || account.refused) {
      throw lockedError(Math.max(pair.refused ? pair.retryAfterMs : 0, account.refused ? account.retryAfterMs : 0));
    }
    const backoff = blockedForMs(counterOf(counters, keys.address), at);
    if (backoff > 0) {
      const retryAfterSeconds = seconds(backoff);
      throw new AppError('auth.slowDown', { seconds: retryAfterSeconds }, [], { retryAfterSeconds });
    }
    await saveCounter(trx, pair.counter);
    await saveCounter(trx, account.counter);
    const locks = [pair.counter.blockedUntil, account.counter.blockedUntil].filter((t) => t !== null);
    return {
      keys,
      remaining: Math.min(pair.remaining, account.remaining),
      lockedUntil: locks.length > 0 ? Math.max(...locks) : null,
      accountLockedUntil: account.counter.blockedUntil,
    };
  });
}

/** The attempt was wrong: its reservation stands, and the address counts one more failure. */
export async function countSignInFailure(trx: Db, reserved: ReservedSignIn, now: Date): Promise<void> {
  const counters = await holdCounters(trx, [reserved.keys.address], now);
  await saveCounter(trx, addressFailure(counterOf(counters, reserved.keys.address), now.getTime()));
}

/** The password was right: the pair starts afresh and the account takes its reservation back. */
export async function releaseSignIn(trx: Db, reserved: ReservedSignIn, now: Date): Promise<void> {
  const counters = await holdCounters(trx, [reserved.keys.pair, reserved.keys.account], now);
  await deleteCounter(trx, reserved.keys.pair);
  await saveCounter(trx, release(counterOf(counters, reserved.keys.account), ACCOUNT_LIMIT));
}

/** Counts a check of the current password (password change) before it is made; refuses while locked. */
export async function reserveCurrentPasswordCheck(ctx: AppContext, userId: string): Promise<number> {
  const key = currentPasswordKey(userId);
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const counters = await holdCounters(trx, [key], now);
    const reservation: Reservation = reserve(counterOf(counters, key), CURRENT_PASSWORD_LIMIT, now.getTime());
    if (reservation.refused) throw lockedError(reservation.retryAfterMs);
    await saveCounter(trx, reservation.counter);
    return reservation.remaining;
  });
}

/** The current password was right: its count starts afresh. */
export async function releaseCurrentPasswordCheck(trx: Db, userId: string): Promise<void> {
  await deleteCounter(trx, currentPasswordKey(userId));
}
