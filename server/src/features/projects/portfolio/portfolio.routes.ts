import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requires } from '../../../http/access.js';
import { callerOf } from '../../../http/auth-hook.js';
import { viewerOf } from '../project.service.js';
import { portfolioQuery, portfolioSchema } from './portfolio.schema.js';
import { portfolioOf } from './portfolio.service.js';

const tags = ['projects'];

/** The leaders' portfolio: every project's light, blockers, this week's changes, overdue by task force. */
export const portfolioRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  app.get(
    '/portfolio',
    {
      config: { access: requires('project.report') },
      schema: {
        tags,
        summary:
          "The portfolio of the caller's projects: light and stage counts, overdue by task force, this week's changes, a page of projects with blockers",
        querystring: portfolioQuery,
        response: { 200: portfolioSchema },
      },
    },
    async (request) => portfolioOf(ctx, ctx.db, viewerOf(callerOf(request)), request.query),
  );
};
