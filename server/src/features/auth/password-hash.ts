import { randomBytes, randomInt, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * scrypt from Node's crypto (no native add-on to build). Stored as
 * `scrypt$N$r$p$salt$hash` (base64url) so the cost can be raised later and old hashes still verify.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** How long the last verifications took (ms, queueing included): what an answer without one imitates. */
const recentMs: number[] = [];
const SAMPLES = 64;
let verifications = 0;

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const started = performance.now();
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  recentMs[verifications % SAMPLES] = performance.now() - started;
  verifications += 1;
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Passwords checked by this process so far (tests use it to see that a path costs no hashing). */
export function verificationCount(): number {
  return verifications;
}

let dummy: Promise<string> | null = null;

/** A hash of a random password, to measure a verification when none has been made yet. */
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(12).toString('hex'));
  return dummy;
}

/**
 * Takes as long as checking a password, without checking one: for a username that does not exist.
 * Checking against a dummy hash (as before) hid whether the username exists but let anyone spend our
 * CPU on made-up names (scrypt is the whole cost of a sign-in: ~17 a second fill two cores).
 * Answering at once instead would tell who exists by the answer's speed. So the answer waits on a
 * timer, which costs no CPU, for a duration drawn from the recent real verifications, queueing under
 * the current load included: a wrong password for a missing user and for a real one take time from
 * the same distribution. Only the process's very first one, with nothing to draw from, measures a
 * real verification.
 */
export async function imitateVerification(): Promise<void> {
  if (verifications === 0) {
    await verifyPassword(randomBytes(12).toString('hex'), await dummyHash());
    return;
  }
  await sleep(recentMs[randomInt(Math.min(verifications, SAMPLES))] ?? 0);
}
