import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicRoute, signedIn } from '../../http/access.js';
import { clearSessionCookie, principalOf } from '../../http/auth-hook.js';
import { AppError } from '../../http/errors.js';
import { problemSchemas } from '../../http/problem.schema.js';
import { changePasswordBody, loginBody, meSchema, switchZoneBody } from './auth.schema.js';
import { resolveSession, SESSION_COOKIE } from './auth.service.js';
import { login } from './login.service.js';
import { describeMe } from './me.service.js';
import { changePassword, logout, logoutEverywhere, switchZone } from './session.service.js';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;

  function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      maxAge: ctx.config.sessionMaxHours * 3600,
    });
  }

  app.post(
    '/auth/login',
    {
      config: { access: publicRoute },
      schema: {
        tags,
        summary: 'Sign in with username and password; sets the session cookie',
        body: loginBody,
        response: { 200: meSchema, ...problemSchemas(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const { token } = await login(ctx, {
        username: request.body.username,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      const lookup = await resolveSession(ctx, token, request.ip);
      if (lookup.status !== 'ok') throw new AppError('auth.unauthenticated');
      setSessionCookie(request, reply, token);
      return describeMe(ctx, lookup.principal);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: signedIn({ duringPasswordChange: true }) },
      schema: { tags, summary: 'The signed-in user, their zones, permissions and menu', response: { 200: meSchema } },
    },
    async (request) => describeMe(ctx, principalOf(request)),
  );

  app.post(
    '/auth/logout',
    {
      config: { access: signedIn({ duringPasswordChange: true }) },
      schema: { tags, summary: 'End this session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await logout(ctx, principalOf(request));
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/logout-all',
    {
      config: { access: signedIn({ duringPasswordChange: true }) },
      schema: { tags, summary: 'End every session of this user, on every device', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await logoutEverywhere(ctx, principalOf(request));
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      config: { access: signedIn({ duringPasswordChange: true }) },
      schema: {
        tags,
        summary: 'Change the password (ends the user’s other sessions)',
        body: changePasswordBody,
        response: { 204: z.null(), ...problemSchemas(400, 429) },
      },
    },
    async (request, reply) => {
      await changePassword(ctx, principalOf(request), request.body, request.headers['accept-language']);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/zone',
    {
      config: { access: signedIn() },
      schema: {
        tags,
        summary: 'Switch the zone this session works in',
        body: switchZoneBody,
        response: { 200: meSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await switchZone(ctx, principal, request.body.zoneId);
      const lookup = await resolveSession(ctx, request.cookies[SESSION_COOKIE], request.ip);
      if (lookup.status !== 'ok') throw new AppError('auth.sessionExpired');
      return describeMe(ctx, lookup.principal);
    },
  );
};
