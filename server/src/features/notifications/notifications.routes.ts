import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** In-app notifications (the bell), mounted at /api/v1/notifications. */
export const notificationRoutes: FastifyPluginAsyncZod = async (_app) => {};
