import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { callerOf, principalOf, scopeOf } from '../../http/auth-hook.js';
import { notFound } from '../../http/errors.js';
import { localeFrom } from '../../http/locale.js';
import { pageResult } from '../../http/pagination.js';
import { problemSchemas } from '../../http/problem.schema.js';
import { createUserBody, resetPasswordBody, updateUserBody, userListQuery, userSchema } from './user.schema.js';
import * as service from './user.service.js';
import { pageOfUsers, type UserViewer, userInZone } from './user.view.js';

const tags = ['admin: users'];
const idParams = z.strictObject({ id: z.string().min(1).max(64) });

function viewerOf(request: FastifyRequest): UserViewer {
  const principal = principalOf(request);
  return { zoneId: scopeOf(request).zoneId, userId: principal.userId, systemAdmin: principal.systemAdmin };
}

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const config = { access: requires('user.manage') };

  app.get(
    '/admin/users',
    {
      config,
      schema: {
        tags,
        summary: 'Users of the zone (paginated)',
        querystring: userListQuery,
        response: { 200: pageResult(userSchema) },
      },
    },
    async (request) => pageOfUsers(ctx.db, viewerOf(request), request.query),
  );

  app.get(
    '/admin/users/:id',
    {
      config,
      schema: { tags, summary: 'One user', params: idParams, response: { 200: userSchema, ...problemSchemas(404) } },
    },
    async (request) => {
      const user = await userInZone(ctx.db, viewerOf(request), request.params.id);
      if (!user) throw notFound('user');
      return user;
    },
  );

  app.post(
    '/admin/users',
    {
      config,
      schema: {
        tags,
        summary: 'Create a user; they must change the password at first sign-in',
        body: createUserBody,
        response: { 201: userSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const locale = localeFrom(request.headers['accept-language']);
      const user = await ctx.db
        .transaction()
        .execute((trx) => service.createUser(ctx, trx, callerOf(request), request.body, locale));
      return reply.code(201).send(user);
    },
  );

  app.patch(
    '/admin/users/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Edit a user',
        params: idParams,
        body: updateUserBody,
        response: { 200: userSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) => {
      const locale = localeFrom(request.headers['accept-language']);
      return ctx.db
        .transaction()
        .execute((trx) =>
          service.updateUserAccount(ctx, trx, callerOf(request), request.params.id, request.body, locale),
        );
    },
  );

  app.post(
    '/admin/users/:id/reset-password',
    {
      config,
      schema: {
        tags,
        summary: 'Set a new password; the user must change it at next sign-in and is signed out everywhere',
        params: idParams,
        body: resetPasswordBody,
        response: { 204: z.null(), ...problemSchemas(400, 403, 404) },
      },
    },
    async (request, reply) => {
      const locale = localeFrom(request.headers['accept-language']);
      await ctx.db
        .transaction()
        .execute((trx) =>
          service.resetPassword(ctx, trx, callerOf(request), request.params.id, request.body.password, locale),
        );
      return reply.code(204).send(null);
    },
  );
};
