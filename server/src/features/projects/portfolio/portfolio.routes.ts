import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The leaders' portfolio: every project's light, blockers, this week's changes, overdue by task force. */
export const portfolioRoutes: FastifyPluginAsyncZod = async (_app) => {};
