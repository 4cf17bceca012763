import { DEMO_USERNAME_BY_ROLE, ROLES, type Role } from '@zonehub/access';

/** The demo seed's shared password (server/src/demo/seed.ts); a wrong one would lock the login. */
const DEMO_PASSWORD = 'Demo@2026';
/** What a created user is given, and what they change it to at first sign-in (as the server demands). */
const FIRST_PASSWORD = 'Bench#First2026';
const BENCH_PASSWORD = 'Bench#Load2026';
const SESSION_COOKIE = 'zonehub_session';
/** Sign-ins in flight at once while setting up: the password hash saturates the cores anyway. */
const SETUP_CONCURRENCY = 8;

/** One signed-in user: their own cookie jar (one session cookie) and the CSRF token for writes. */
export interface BenchUser {
  role: Role;
  username: string;
  cookie: string;
  csrfToken: string;
}

interface Membership {
  orgUnitIds: string[];
  parkIds: string[];
  enterpriseId: string | null;
}

async function call(
  baseUrl: string,
  user: Pick<BenchUser, 'cookie' | 'csrfToken'> | null,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<unknown> {
  const headers: Record<string, string> = {};
  if (user !== null) Object.assign(headers, { cookie: user.cookie, 'x-csrf-token': user.csrfToken });
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return text === '' ? null : JSON.parse(text);
}

async function login(baseUrl: string, role: Role, username: string, password: string): Promise<BenchUser> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await response.json()) as { csrfToken?: string };
  if (response.status !== 200 || body.csrfToken === undefined) {
    throw new Error(`login as ${username} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  }
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (cookie === undefined) throw new Error(`login as ${username} set no ${SESSION_COOKIE} cookie`);
  return { role, username, cookie, csrfToken: body.csrfToken };
}

/** The demo account's org units, parks and enterprise, so each created user sees what it sees. */
async function membershipOf(baseUrl: string, admin: BenchUser, role: Role): Promise<Membership> {
  if (role === 'systemAdmin') return { orgUnitIds: [], parkIds: [], enterpriseId: null };
  const username = DEMO_USERNAME_BY_ROLE[role];
  const page = (await call(baseUrl, admin, 'GET', `/admin/users?role=${role}&pageSize=100`)) as {
    items: (Membership & { username: string })[];
  };
  const demo = page.items.find((item) => item.username === username);
  if (demo === undefined) throw new Error(`the demo seed has no ${username} to copy the ${role} scope from`);
  return { orgUnitIds: demo.orgUnitIds, parkIds: demo.parkIds, enterpriseId: demo.enterpriseId };
}

async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  }
  return results;
}

/**
 * Creates `perRole` users of every role through the admin API (as the demo system admin, in its
 * zone, with the demo account's scope), signs each in, and changes the first password as the server
 * requires. Returns them signed in, each with its own session.
 */
export async function createBenchUsers(
  baseUrl: string,
  perRole: number,
  log: (line: string) => void,
): Promise<BenchUser[]> {
  const admin = await login(baseUrl, 'systemAdmin', DEMO_USERNAME_BY_ROLE.systemAdmin, DEMO_PASSWORD);
  const plan: { role: Role; username: string; membership: Membership }[] = [];
  for (const role of ROLES) {
    const membership = await membershipOf(baseUrl, admin, role);
    for (let n = 1; n <= perRole; n++) {
      plan.push({ role, username: `bench.${role.toLowerCase()}.${n}`, membership });
    }
  }
  const startedAt = performance.now();
  const users = await inBatches(plan, SETUP_CONCURRENCY, async ({ role, username, membership }) => {
    await call(baseUrl, admin, 'POST', '/admin/users', {
      username,
      displayName: username,
      role,
      password: FIRST_PASSWORD,
      ...membership,
    });
    const first = await login(baseUrl, role, username, FIRST_PASSWORD);
    await call(baseUrl, first, 'POST', '/auth/password', {
      currentPassword: FIRST_PASSWORD,
      newPassword: BENCH_PASSWORD,
    });
    return first;
  });
  log(`  ${users.length} users created and signed in in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  return users;
}
