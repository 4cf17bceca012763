import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { TrustProxy } from '../config/config.js';
import { registerFeatures } from '../features/index.js';
import { installAuthHook, type RouteEntry } from './auth-hook.js';
import type { AppContext } from './context.js';
import { frameworkErrorHandler, installErrorHandler } from './error-handler.js';
import { installForbiddenCharacterCheck } from './forbidden-characters.js';
import { installSecurityHeaders } from './security-headers.js';
import { validatorCompiler } from './validation.js';
import { serveWebApp } from './web-app.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export type App = FastifyInstance;

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api/v1 route with its declared access rule. */
    routeTable: RouteEntry[];
  }
}

/**
 * Off unless configured: request.ip and request.protocol then follow X-Forwarded-For/-Proto only from
 * the proxies ZONEHUB_TRUST_PROXY names (the lockout, audit IPs and the Secure cookie rely on them).
 * Fastify 5 fails closed on a bare hop count, so a count becomes the rule "the first n hops are
 * proxies", as proxy-addr reads one: the peer that connects is trusted whatever its address.
 */
function trustedProxies(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust !== 'number') return trust;
  return (_address, hop) => hop < trust;
}

/** Builds the whole HTTP app around a context; used by the `web` process role and by every API test. */
export async function buildApp(ctx: AppContext, logger: FastifyBaseLogger | false): Promise<App> {
  const loggerInstance: FastifyBaseLogger | undefined = logger || undefined;
  const app = Fastify({
    ...(loggerInstance ? { loggerInstance } : { logger: false }),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: trustedProxies(ctx.config.trustProxy),
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    ajv: { customOptions: { removeAdditional: false } },
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('ctx', ctx);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installSecurityHeaders(app);
  installForbiddenCharacterCheck(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(cookie, { secret: ctx.config.sessionSecret });
  app.decorate('routeTable', installAuthHook(app));

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'ZoneHub API',
        description: '开发区智慧管理平台 API. Sign in with POST /api/v1/auth/login; send x-csrf-token on writes.',
        version: '1.0.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'zonehub_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/docs/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(registerFeatures, { prefix: '/api/v1' });
  await serveWebApp(app, ctx.config.webDist);
  return app;
}
