import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicRoute } from '../../http/access.js';

/**
 * Liveness, answered from memory: no query, so a long write holding the database's only writer
 * (SQLite) or a busy pool never makes a load balancer think the process is dead and kill it mid-job.
 * The database was reachable at start-up (migrations ran); a later outage shows on the routes that use it.
 */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: publicRoute },
      schema: {
        tags: ['health'],
        summary: 'Liveness (answered from memory, never waits for the database) and the database kind',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }) },
      },
    },
    async () => ({ status: 'ok' as const, database: app.ctx.dialect }),
  );
};
