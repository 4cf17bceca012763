import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveSession, SESSION_COOKIE, tokensMatch } from '../features/auth/auth.service.js';
import { type Access, roleMayCall } from './access.js';
import type { Caller } from './context.js';
import { AppError } from './errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * Runs before the body is even parsed: who is calling, may they call this route, and does a
 * state-changing request carry the session's CSRF token. Refusals here write nothing.
 */
async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  request.principal = null;
  const access: Access | undefined = request.routeOptions.config.access;
  if (!access) {
    // Unknown URLs, the web app's files and the API docs carry no rule; every /api/v1 route must.
    if (request.is404 || !request.url.startsWith('/api/v1/')) return;
    throw new Error(`route ${request.routeOptions.url} declares no access rule`);
  }
  if (access.kind === 'public') return;

  const app = request.server;
  // The app's own polling (the notification bell) is not the user's activity: it must not keep an
  // idle session alive.
  const background = request.headers['x-zonehub-background'] === '1';
  const lookup = await resolveSession(app.ctx, request.cookies[SESSION_COOKIE], request.ip, { touch: !background });
  if (lookup.status !== 'ok') {
    if (lookup.status !== 'none') clearSessionCookie(reply);
    throw new AppError(lookup.status === 'expired' ? 'auth.sessionExpired' : 'auth.unauthenticated');
  }
  const principal = lookup.principal;
  request.principal = principal;

  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !tokensMatch(sent, principal.csrfToken)) throw new AppError('auth.csrfInvalid');
  }
  if (principal.mustChangePassword && !(access.kind === 'signedIn' && access.duringPasswordChange)) {
    throw new AppError('auth.passwordChangeRequired');
  }
  if (access.kind === 'permission' && (!principal.role || !roleMayCall(access, principal.role))) {
    throw new AppError('auth.forbidden');
  }
}

export interface RouteEntry {
  method: string;
  url: string;
  access: Access;
}

/**
 * Installs the hook and keeps a table of every /api/v1 route with its rule (the route-walk test
 * reads it). A route that forgot to say who may call it is refused at start-up, not at request time.
 */
export function installAuthHook(app: FastifyInstance): RouteEntry[] {
  const routes: RouteEntry[] = [];
  app.decorateRequest('principal', null);
  app.addHook('onRequest', authenticate);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${route.method} ${route.url} declares no access rule`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, access });
    }
  });
  return routes;
}

/** For handlers of signed-in routes: the principal the hook attached (never null there). */
export function principalOf(request: FastifyRequest) {
  if (!request.principal) throw new AppError('auth.unauthenticated');
  return request.principal;
}

/** For handlers that work within a zone: the principal's scope, or 403 when they have no zone. */
export function scopeOf(request: FastifyRequest) {
  const principal = principalOf(request);
  if (!principal.scope) throw new AppError('auth.forbidden');
  return principal.scope;
}

/** For write handlers within a zone: who is writing, from where, in which scope. */
export function callerOf(request: FastifyRequest): Caller {
  const principal = principalOf(request);
  return {
    actor: { id: principal.userId, name: principal.username },
    ip: principal.ip,
    principal,
    scope: scopeOf(request),
  };
}
