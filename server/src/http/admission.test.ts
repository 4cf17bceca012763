import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { publicRoute, signedIn } from './access.js';
import { createAdmission, installAdmission } from './admission.js';

/** Runs deferred starts when the test says so, to see the order places are handed over in. */
function manualDefer() {
  const queue: (() => void)[] = [];
  return {
    defer: (start: () => void) => queue.push(start),
    runAll: () => {
      while (queue.length > 0) queue.shift()?.();
    },
  };
}

describe('the admission gate', () => {
  it('lets `limit` run at once and the others in arrival order, each place passed on once', () => {
    const clock = manualDefer();
    const gate = createAdmission(2, clock.defer);
    const started: string[] = [];
    const leaves = new Map<string, () => void>();
    for (const name of ['a', 'b', 'c', 'd']) {
      gate.enter((leave) => {
        started.push(name);
        leaves.set(name, leave);
      });
    }
    expect(started).toEqual(['a', 'b']);
    expect([gate.active, gate.waiting]).toEqual([2, 2]);
    leaves.get('b')?.();
    leaves.get('b')?.(); // a second call gives nothing more away
    expect(started).toEqual(['a', 'b']); // handed over on a later turn, not inside the leaving request
    clock.runAll();
    expect(started).toEqual(['a', 'b', 'c']);
    expect([gate.active, gate.waiting]).toEqual([2, 1]);
    leaves.get('a')?.();
    leaves.get('c')?.();
    clock.runAll();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    leaves.get('d')?.();
    expect([gate.active, gate.waiting]).toEqual([0, 0]);
  });

  it('answers public routes while every place is held, and frees places when answers are sent', async () => {
    const app = Fastify();
    const gate = installAdmission(app, 1);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    app.get('/slow', { config: { access: signedIn() } }, async () => {
      await held;
      return { ok: true };
    });
    app.get('/quick', { config: { access: signedIn() } }, async () => ({ ok: true }));
    app.get('/health', { config: { access: publicRoute } }, async () => ({ status: 'ok' }));
    await app.ready();

    const slow = app.inject({ method: 'GET', url: '/slow' });
    await new Promise((resolve) => setImmediate(resolve));
    const quick = app.inject({ method: 'GET', url: '/quick' });
    await new Promise((resolve) => setImmediate(resolve));
    expect([gate.active, gate.waiting]).toEqual([1, 1]);
    expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);

    release();
    expect((await slow).statusCode).toBe(200);
    expect((await quick).statusCode).toBe(200);
    expect([gate.active, gate.waiting]).toEqual([0, 0]);
    await app.close();
  });
});
