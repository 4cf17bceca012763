import { GRANTS, menuFor, PERMISSIONS, ROLES } from '@zonehub/access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';

const roleSchema = z.object({
  role: z.enum(ROLES),
  permissions: z.array(z.enum(PERMISSIONS)),
  menu: z.array(z.string()),
});

/** Roles are fixed by the product (packages/access); this shows administrators what each may do. */
export const roleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/roles',
    {
      config: { access: requires('user.manage') },
      schema: {
        tags: ['admin: users'],
        summary: 'Every role with its permissions and the menu it sees',
        response: { 200: z.object({ items: z.array(roleSchema) }) },
      },
    },
    async () => ({
      items: ROLES.map((role) => ({
        role,
        permissions: [...GRANTS[role]],
        menu: menuFor(role).flatMap((m) => [m.key, ...(m.children ?? []).map((c) => c.key)]),
      })),
    }),
  );
};
