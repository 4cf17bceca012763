import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The web app's policy: its own scripts only (Vite emits no inline script; ECharts needs no eval),
 * styles inline too because Ant Design's CSS-in-JS injects <style> tags and ECharts' tooltip sets
 * style attributes; images may be data: URLs (antd and Swagger UI icons). Never framed.
 */
const APP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * API answers (JSON, problem documents, downloads) are never pages: should a browser render one
 * anyway (an uploaded .html opened by hand), nothing in it may load or run.
 */
const API_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** A year, without includeSubDomains: other hosts of the zone's domain may still be served over HTTP. */
export const HSTS = 'max-age=31536000';

/** The policy for a path: the API's, except the OpenAPI page (Swagger UI is a page like the app). */
export function contentSecurityPolicyFor(path: string): string {
  const api = path.startsWith('/api/') && !(path === '/api/docs' || path.startsWith('/api/docs/'));
  return api ? API_POLICY : APP_POLICY;
}

/** Every security header of one response. */
export function securityHeaders(path: string, https: boolean): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicyFor(path),
    'x-content-type-options': 'nosniff',
    // Old browsers (IE mode is still common on government desks) ignore frame-ancestors.
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    ...(https ? { 'strict-transport-security': HSTS } : {}),
  };
}

/** Sets the headers of one response from its request. */
export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  const path = request.url.split('?')[0] ?? request.url;
  reply.headers(securityHeaders(path, request.protocol === 'https'));
}

/**
 * Sets the headers on every response, whatever produced it: routes, the error handler, 404s, the web
 * app's files, Swagger UI (what Fastify refuses before routing runs no hook: frameworkErrorHandler
 * applies them itself). A plain onSend hook rather than @fastify/helmet: that is not a dependency,
 * the policy depends on the path, and HSTS on the request's protocol (which follows
 * X-Forwarded-Proto only from a trusted proxy), which is a few lines here.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => applySecurityHeaders(request, reply));
}
