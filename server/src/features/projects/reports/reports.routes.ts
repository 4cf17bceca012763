import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Generated reports (weekly, monthly, quarterly, annual) as .docx and .xlsx. */
export const reportRoutes: FastifyPluginAsyncZod = async (_app) => {};
