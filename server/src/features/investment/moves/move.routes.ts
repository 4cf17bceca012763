import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../../http/access.js';
import { callerOf } from '../../../http/auth-hook.js';
import { localeFrom } from '../../../http/locale.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import { leadDetailSchema, screeningSchema } from '../leads/lead.schema.js';
import { moveBody, screeningBody, undoBody } from './move.schema.js';
import { moveLead, undoMove } from './move.service.js';
import { recordScreening } from './screening.service.js';

const tags = ['investment: moves'];
const idParams = z.strictObject({ id: z.string().min(1).max(64) });

/** Pool moves (四库), their undo by a zone admin, and environmental access screening (环保准入研判). */
export const moveRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;

  app.post(
    '/leads/:id/moves',
    {
      config: { access: requires('investment.manage') },
      schema: {
        tags,
        summary: 'Move a lead to the next pool, or drop it, with the evidence the gate asks for',
        params: idParams,
        body: moveBody,
        response: { 200: leadDetailSchema, ...problemSchemas(400, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const locale = localeFrom(request.headers['accept-language']);
      return ctx.db
        .transaction()
        .execute((trx) => moveLead(ctx, trx, callerOf(request), request.params.id, request.body, locale));
    },
  );

  app.post(
    '/leads/:id/moves/undo',
    {
      config: { access: requires('investment.undo') },
      schema: {
        tags,
        summary: 'Take back the latest move of a lead (zone admins, with a reason)',
        params: idParams,
        body: undoBody,
        response: { 200: leadDetailSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) =>
      ctx.db.transaction().execute((trx) => undoMove(ctx, trx, callerOf(request), request.params.id, request.body)),
  );

  app.post(
    '/leads/:id/screenings',
    {
      config: { access: requires('investment.manage') },
      schema: {
        tags,
        summary: 'Record an environmental access screening of a lead (the signing gate reads the latest)',
        params: idParams,
        body: screeningBody,
        response: { 201: screeningSchema, ...problemSchemas(400, 403, 404) },
      },
    },
    async (request, reply) => {
      const locale = localeFrom(request.headers['accept-language']);
      const screening = await ctx.db
        .transaction()
        .execute((trx) => recordScreening(ctx, trx, callerOf(request), request.params.id, request.body, locale));
      return reply.code(201).send(screening);
    },
  );
};
