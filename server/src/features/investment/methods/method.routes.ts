import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../../http/access.js';
import { callerOf, scopeOf } from '../../../http/auth-hook.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import { createMethodBody, methodSchema, updateMethodBody } from './method.schema.js';
import * as service from './method.service.js';

const tags = ['investment: settings'];
const idParams = z.strictObject({ id: z.string().min(1).max(64) });

/** The zone's list of promotion methods (招商方式): everyone who works leads reads it, zone admins edit. */
export const investmentMethodRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const view = { access: requires('investment.view') };
  const configure = { access: requires('investment.configure') };

  app.get(
    '/methods',
    {
      config: view,
      schema: {
        tags,
        summary: 'Promotion methods of the zone in their order, inactive ones included',
        response: { 200: z.object({ items: z.array(methodSchema) }) },
      },
    },
    async (request) => ({ items: await service.listMethods(ctx.db, scopeOf(request).zoneId) }),
  );

  app.post(
    '/methods',
    {
      config: configure,
      schema: {
        tags,
        summary: 'Add a promotion method (name unique in the zone; placed last unless sortOrder is given)',
        body: createMethodBody,
        response: { 201: methodSchema, ...problemSchemas(400, 403, 409) },
      },
    },
    async (request, reply) => {
      const method = await ctx.db
        .transaction()
        .execute((trx) => service.createMethod(ctx, trx, callerOf(request), request.body));
      return reply.code(201).send(method);
    },
  );

  app.patch(
    '/methods/:id',
    {
      config: configure,
      schema: {
        tags,
        summary: 'Rename, reorder or (de)activate a promotion method',
        params: idParams,
        body: updateMethodBody,
        response: { 200: methodSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) => service.updateMethod(ctx, trx, callerOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/methods/:id',
    {
      config: configure,
      schema: {
        tags,
        summary: 'Delete a promotion method no lead uses (one in use: deactivate it instead)',
        params: idParams,
        response: { 204: z.null(), ...problemSchemas(403, 404, 409) },
      },
    },
    async (request, reply) => {
      await ctx.db.transaction().execute((trx) => service.deleteMethod(ctx, trx, callerOf(request), request.params.id));
      return reply.code(204).send(null);
    },
  );
};
