import { describe, expect, it } from 'vitest';
import {
  ADDRESS_FREE_FAILURES,
  type AttemptCounter,
  addressDelayMs,
  addressFailure,
  blockedForMs,
  LOCK_MS,
  PAIR_LIMIT,
  release,
  reserve,
  signInKeys,
  WINDOW_MS,
} from './lockout-rules.js';

const fresh = (key = 'k'): AttemptCounter => ({ key, attempts: 0, windowEndsAt: 0, blockedUntil: null });

function reserveOrThrow(counter: AttemptCounter, now: number) {
  const result = reserve(counter, PAIR_LIMIT, now);
  if (result.refused) throw new Error('refused');
  return result;
}

describe('reserving attempts', () => {
  it('counts down the tries left and locks at the limit for 15 minutes from the attempt that reached it', () => {
    let counter = fresh();
    const left: number[] = [];
    for (let i = 0; i < PAIR_LIMIT; i++) {
      const r = reserveOrThrow(counter, 1000 * i);
      counter = r.counter;
      left.push(r.remaining);
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    expect(counter.blockedUntil).toBe(4000 + LOCK_MS);
    expect(reserve(counter, PAIR_LIMIT, 5000)).toEqual({ refused: true, retryAfterMs: LOCK_MS - 1000 });
    expect(reserveOrThrow(counter, 4000 + LOCK_MS).remaining).toBe(4);
  });

  it('starts over when the window of the first failure has ended', () => {
    const first = reserveOrThrow(fresh(), 0).counter;
    const second = reserveOrThrow(first, 60_000).counter;
    expect(second.attempts).toBe(2);
    expect(reserveOrThrow(second, WINDOW_MS).remaining).toBe(PAIR_LIMIT - 1);
  });

  it('takes back a reservation that turned out right, lifting a lock it set', () => {
    let counter = fresh();
    for (let i = 0; i < PAIR_LIMIT; i++) counter = reserveOrThrow(counter, 0).counter;
    expect(blockedForMs(counter, 1)).toBeGreaterThan(0);
    const released = release(counter, PAIR_LIMIT);
    expect(released.attempts).toBe(PAIR_LIMIT - 1);
    expect(blockedForMs(released, 1)).toBe(0);
  });
});

describe('an address', () => {
  it('is free for 10 failures, then waits 1, 2, 4 … seconds up to a minute', () => {
    expect([10, 11, 12, 13, 16, 17, 40].map(addressDelayMs)).toEqual([0, 1000, 2000, 4000, 32_000, 60_000, 60_000]);
  });

  it('keeps its count while failures keep coming, and forgets it 15 quiet minutes later', () => {
    let counter = fresh('ip:x');
    for (let i = 0; i <= ADDRESS_FREE_FAILURES; i++) counter = addressFailure(counter, i * 60_000);
    expect(counter.attempts).toBe(ADDRESS_FREE_FAILURES + 1);
    expect(blockedForMs(counter, ADDRESS_FREE_FAILURES * 60_000)).toBe(1000);
    const later = ADDRESS_FREE_FAILURES * 60_000 + WINDOW_MS;
    expect(addressFailure(counter, later).attempts).toBe(1);
  });
});

describe('keys', () => {
  it('count the submitted username trimmed and lower-cased, per address', () => {
    expect(signInKeys(' Leader ', '10.0.0.1')).toEqual({
      pair: 'pair:10.0.0.1|leader',
      account: 'user:leader',
      address: 'ip:10.0.0.1',
    });
  });
});
