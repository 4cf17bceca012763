/**
 * When to warn that the session is about to idle out, and when it has. Pure: times are epoch
 * milliseconds, the caller passes `now`. The server ends a session after `idleTimeout` without a
 * request (`me.session.idleTimeoutSeconds`); every answered API call resets its idle clock.
 */

/** The warning shows this long before the session would idle out. */
export const IDLE_WARNING_MS = 2 * 60_000;

/**
 * The server stamps a session's last use at most once a minute (TOUCH_INTERVAL_MS in
 * server/src/features/auth/auth.service.ts), so its idle clock may have started up to a minute
 * before our last request. We count from that earliest moment.
 */
export const SERVER_TOUCH_SLACK_MS = 60_000;

/** While the user works in the page without causing API calls, the session is refreshed this often. */
export const KEEP_ALIVE_AFTER_MS = 5 * 60_000;

export interface IdleDeadlines {
  /** When the warning appears. */
  warnAt: number;
  /** When the server may have ended the session. */
  expiresAt: number;
}

/** The deadlines after the last answered API call; short timeouts shrink the slack and the warning to fit. */
export function idleDeadlines(lastServerContact: number, idleTimeoutMs: number): IdleDeadlines {
  const slack = Math.min(SERVER_TOUCH_SLACK_MS, idleTimeoutMs / 4);
  const expiresAt = lastServerContact + idleTimeoutMs - slack;
  const warning = Math.min(IDLE_WARNING_MS, (idleTimeoutMs - slack) / 2);
  return { warnAt: expiresAt - warning, expiresAt };
}

export type IdleStep =
  /** Nothing to show; look again at `at`. */
  | { kind: 'wait'; at: number }
  /** Show the warning, counting down to `expiresAt`. */
  | { kind: 'warn'; expiresAt: number }
  /** The session has idled out: sign out. */
  | { kind: 'expired' };

export function idleStep(now: number, lastServerContact: number, idleTimeoutMs: number): IdleStep {
  const { warnAt, expiresAt } = idleDeadlines(lastServerContact, idleTimeoutMs);
  if (now >= expiresAt) return { kind: 'expired' };
  if (now >= warnAt) return { kind: 'warn', expiresAt };
  return { kind: 'wait', at: warnAt };
}

/**
 * Whether a click or key press in the page should refresh the session: the user is there, but the
 * server has heard nothing for a while (reading a long page, filling in a form). Not while the
 * warning shows: then only its buttons decide.
 */
export function shouldKeepAlive(now: number, lastServerContact: number, warning: boolean): boolean {
  return !warning && now - lastServerContact >= KEEP_ALIVE_AFTER_MS;
}
