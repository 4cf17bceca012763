import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { callerOf } from '../../http/auth-hook.js';
import { localeFrom } from '../../http/locale.js';
import { problemSchemas } from '../../http/problem.schema.js';
import { createMilestoneBody, milestoneParams, predecessorsBody, updateMilestoneBody } from './milestone.schema.js';
import { createMilestone, deleteMilestone, setPredecessors, updateMilestone } from './milestone.service.js';
import { milestoneSchema } from './project.schema.js';

const tags = ['projects: milestones'];

/**
 * The checklist. Updating an item needs only project.view: its owner (whoever they are) may update its
 * actual dates and notes; the service checks who may change what.
 */
export const milestoneRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const view = { access: requires('project.view') };
  const manage = { access: requires('project.manage') };
  const localeOf = (headers: { 'accept-language'?: string }) => localeFrom(headers['accept-language']);

  app.post(
    '/:id/milestones',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add an item to the checklist (its plan is also its baseline)',
        params: z.strictObject({ id: z.string().min(1).max(64) }),
        body: createMilestoneBody,
        response: { 201: milestoneSchema, ...problemSchemas(400, 403, 404) },
      },
    },
    async (request, reply) => {
      const item = await ctx.db
        .transaction()
        .execute((trx) =>
          createMilestone(ctx, trx, callerOf(request), request.params.id, request.body, localeOf(request.headers)),
        );
      return reply.code(201).send(item);
    },
  );

  app.patch(
    '/:id/milestones/:milestoneId',
    {
      config: view,
      schema: {
        tags,
        summary: 'Update an item (version guards against a concurrent save; owners: actual dates and notes)',
        params: milestoneParams,
        body: updateMilestoneBody,
        response: { 200: milestoneSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          updateMilestone(
            ctx,
            trx,
            callerOf(request),
            request.params.id,
            request.params.milestoneId,
            request.body,
            localeOf(request.headers),
          ),
        ),
  );

  app.delete(
    '/:id/milestones/:milestoneId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove an item (and its dependencies and files)',
        params: milestoneParams,
        response: { 204: z.null(), ...problemSchemas(403, 404) },
      },
    },
    async (request, reply) => {
      await ctx.db
        .transaction()
        .execute((trx) => deleteMilestone(ctx, trx, callerOf(request), request.params.id, request.params.milestoneId));
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/:id/milestones/:milestoneId/predecessors',
    {
      config: manage,
      schema: {
        tags,
        summary: "Replace an item's finish-to-start predecessors (a cycle is refused, named)",
        params: milestoneParams,
        body: predecessorsBody,
        response: { 200: milestoneSchema, ...problemSchemas(400, 403, 404, 422) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          setPredecessors(
            ctx,
            trx,
            callerOf(request),
            request.params.id,
            request.params.milestoneId,
            request.body.predecessorIds,
            localeOf(request.headers),
          ),
        ),
  );
};
