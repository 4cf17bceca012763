import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Access } from './access.js';

/**
 * Signed-in requests that may run at once; later ones wait their turn, in arrival order. Enough to
 * keep PostgreSQL's pool (10) busy while some requests wait for it; on SQLite, where a query holds
 * the thread, it bounds how much work runs between two looks at the network.
 */
export const ADMITTED_AT_ONCE = 16;

type Leave = () => void;

export interface Admission {
  /** Calls `run` once the caller may go on, with the function that gives its place up (once). */
  enter(run: (leave: Leave) => void): void;
  readonly active: number;
  readonly waiting: number;
}

/**
 * A first-come, first-served gate. Without it, on SQLite every request that arrived in one turn of
 * the event loop ran to its end before anything else was read: under 200 busy users a request (and
 * health beside it) waited for whichever batch it fell behind, and latency spread from tens of ms to
 * seconds. A place given up passes to the next in line on a later turn (`defer`), so public routes
 * (health, sign-in) and newly arrived requests are read in between.
 */
export function createAdmission(limit: number, defer: (start: () => void) => void = setImmediate): Admission {
  let active = 0;
  const waiting: (() => void)[] = [];

  const start = (run: (leave: Leave) => void) => {
    let left = false;
    run(() => {
      if (left) return;
      left = true;
      const next = waiting.shift();
      // The place passes to the next in line as it is; only when nobody waits does it free up.
      if (next) defer(next);
      else active -= 1;
    });
  };

  return {
    enter(run) {
      if (active < limit && waiting.length === 0) {
        active += 1;
        start(run);
      } else {
        waiting.push(() => start(run));
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
  };
}

/**
 * Puts every request but the public ones (health, sign-in: answered beside the queue, not in it)
 * through one gate, before the session lookup. The place is given up when the answer is ready to
 * send (a streamed download does not hold it while it streams) or when the connection closes.
 */
export function installAdmission(app: FastifyInstance, limit = ADMITTED_AT_ONCE): Admission {
  const admission = createAdmission(limit);
  const leaves = new WeakMap<FastifyRequest, Leave>();
  app.addHook('onRequest', (request, reply, done) => {
    const access: Access | undefined = request.routeOptions.config.access;
    if (access?.kind === 'public') return done();
    let leave: Leave | null = null;
    let closed = false;
    // A client that gave up while waiting still passes its place on once admitted.
    reply.raw.once('close', () => {
      closed = true;
      leave?.();
    });
    admission.enter((leaveNow) => {
      leave = leaveNow;
      leaves.set(request, leaveNow);
      if (closed) leaveNow();
      done();
    });
  });
  app.addHook('onSend', (request, _reply, payload, done) => {
    leaves.get(request)?.();
    done(null, payload);
  });
  return admission;
}
