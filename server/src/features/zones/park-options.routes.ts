import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signedIn } from '../../http/access.js';
import { scopeOf } from '../../http/auth-hook.js';
import { parksInScope } from './park-options.repository.js';

const parkOption = z.object({ id: z.string(), code: z.string(), name: z.string() });

/**
 * The parks a form or filter may offer the caller, for every role (GET /admin/zones is for those who
 * administer parks): park staff get only their own parks, so they are never offered a park they
 * cannot register an enterprise or a parcel in.
 */
export const parkOptionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/parks',
    {
      config: { access: signedIn() },
      schema: {
        tags: ['zones'],
        summary: 'The parks of the current zone the caller may see and pick, in display order',
        response: { 200: z.object({ items: z.array(parkOption) }) },
      },
    },
    async (request) => ({ items: await parksInScope(app.ctx.db, scopeOf(request)) }),
  );
};
