import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Dispatch meetings (调度会) under /api/v1/projects/meetings. */
export const meetingRoutes: FastifyPluginAsyncZod = async (_app) => {};
