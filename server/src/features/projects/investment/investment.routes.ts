import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Investment completed per project and month, and zone totals. */
export const projectInvestmentRoutes: FastifyPluginAsyncZod = async (_app) => {};
