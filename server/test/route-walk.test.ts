import { ROLES, type Role } from '@zonehub/access';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rolesAllowed } from '../src/http/access.js';
import { installAuthHook } from '../src/http/auth-hook.js';
import { type Client, createTestApp, type TestApp } from './helper.js';

/**
 * Walks every registered /api/v1 route with every role (and with no session): a role the route's
 * rule refuses must get 403, a role it admits must get past authorization (any answer but 401/403),
 * and nobody gets in without a session unless the route is public.
 */
let t: TestApp;
const clients = new Map<Role, Client>();

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) clients.set(role, await t.loginAs(role));
});
afterAll(async () => t.close());

const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';
const fill = (url: string) => url.replace(/:(\w+)/g, PLACEHOLDER_ID);

async function call(client: Client, method: string, url: string) {
  switch (method) {
    case 'GET':
      return client.get(url);
    case 'POST':
      return client.post(url, {});
    case 'PATCH':
      return client.patch(url, {});
    case 'PUT':
      return client.put(url, {});
    case 'DELETE':
      return client.delete(url);
    default:
      throw new Error(`route walk does not know method ${method}`);
  }
}

describe('every route with every role', () => {
  it('has routes to walk', () => {
    expect(t.app.routeTable.length).toBeGreaterThan(15);
  });

  // Walks a few hundred requests: give it more than the per-test default on a busy machine.
  it('answers each role as its declared rule says', { timeout: 300_000 }, async () => {
    const failures: string[] = [];
    // Sign-out routes end the session they are called with: walk them last.
    const routes = [...t.app.routeTable].sort(
      (a, b) => Number(a.url.includes('logout')) - Number(b.url.includes('logout')),
    );
    for (const route of routes) {
      const allowed = new Set(rolesAllowed(route.access));
      for (const role of ROLES) {
        let client = clients.get(role);
        if (!client) throw new Error(`no client for ${role}`);
        const response = await call(client, route.method, fill(route.url));
        const refused = response.statusCode === 401 || response.statusCode === 403;
        if (allowed.has(role) && refused)
          failures.push(`${route.method} ${route.url} refused ${role}: ${response.body}`);
        if (!allowed.has(role) && response.statusCode !== 403) {
          failures.push(`${route.method} ${route.url} answered ${role} with ${response.statusCode}`);
        }
        if (route.url.includes('logout')) {
          client = await t.loginAs(role);
          clients.set(role, client);
        }
      }
      const anonymous = await call(t.anonymous(), route.method, fill(route.url));
      if (route.access.kind !== 'public' && anonymous.statusCode !== 401) {
        failures.push(`${route.method} ${route.url} answered no session with ${anonymous.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('routes without a rule', () => {
  it('refuse to register', () => {
    const app = Fastify();
    installAuthHook(app);
    expect(() => app.get('/api/v1/forgotten', async () => 'oops')).toThrow(/declares no access rule/);
  });
});
