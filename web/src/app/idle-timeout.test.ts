import { describe, expect, it } from 'vitest';
import { idleDeadlines, idleStep, shouldKeepAlive } from './idle-timeout';

const MIN = 60_000;
const THIRTY_MIN = 30 * MIN;
const T0 = Date.UTC(2026, 10, 29, 6, 0, 0);

describe('idleDeadlines', () => {
  it('warns two minutes before a 30-minute session idles out, counting from a minute early', () => {
    // The server may have stamped the session up to a minute before our last call: it ends by T0 + 29 min.
    expect(idleDeadlines(T0, THIRTY_MIN)).toEqual({ warnAt: T0 + 27 * MIN, expiresAt: T0 + 29 * MIN });
  });

  it('shrinks slack and warning for very short timeouts so the session never expires at once', () => {
    const { warnAt, expiresAt } = idleDeadlines(T0, MIN);
    expect(expiresAt).toBe(T0 + 45_000);
    expect(warnAt).toBe(T0 + 22_500);
  });
});

describe('idleStep', () => {
  it('waits until the warning is due', () => {
    expect(idleStep(T0 + 10 * MIN, T0, THIRTY_MIN)).toEqual({ kind: 'wait', at: T0 + 27 * MIN });
  });

  it('warns from two minutes before expiry', () => {
    expect(idleStep(T0 + 27 * MIN, T0, THIRTY_MIN)).toEqual({ kind: 'warn', expiresAt: T0 + 29 * MIN });
    expect(idleStep(T0 + 28 * MIN, T0, THIRTY_MIN)).toEqual({ kind: 'warn', expiresAt: T0 + 29 * MIN });
  });

  it('says expired once the deadline passes, however late the timer fires', () => {
    expect(idleStep(T0 + 29 * MIN, T0, THIRTY_MIN)).toEqual({ kind: 'expired' });
    expect(idleStep(T0 + 5 * 60 * MIN, T0, THIRTY_MIN)).toEqual({ kind: 'expired' });
  });

  it('starts over after any answered API call', () => {
    expect(idleStep(T0 + 28 * MIN, T0 + 20 * MIN, THIRTY_MIN)).toEqual({ kind: 'wait', at: T0 + 47 * MIN });
  });
});

describe('shouldKeepAlive', () => {
  it('refreshes for a user working in the page after five quiet minutes', () => {
    expect(shouldKeepAlive(T0 + 4 * MIN, T0, false)).toBe(false);
    expect(shouldKeepAlive(T0 + 5 * MIN, T0, false)).toBe(true);
  });

  it('leaves the choice to the warning once it shows', () => {
    expect(shouldKeepAlive(T0 + 28 * MIN, T0, true)).toBe(false);
  });
});
