import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { scopeOf } from '../../http/auth-hook.js';
import { listQuery, offsetOf, pageResult } from '../../http/pagination.js';
import { countEnterprises, listEnterprises } from './enterprise.repository.js';
import { ENTERPRISE_STATUSES } from './enterprise.table.js';

const enterpriseSummary = z.object({
  id: z.string(),
  uscc: z.string(),
  name: z.string(),
  parkId: z.string().nullable(),
  parkName: z.string().nullable(),
  status: z.enum(ENTERPRISE_STATUSES),
  industryCode: z.string().nullable(),
});

const query = listQuery(['name', 'uscc', 'createdAt'], 'name').extend({
  parkId: z.string().max(64).optional(),
  status: z.enum(ENTERPRISE_STATUSES).optional(),
});

export const enterpriseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/enterprises',
    {
      config: { access: requires('enterprise.view') },
      schema: {
        tags: ['enterprises'],
        summary: 'Enterprises the caller may see (park staff: their parks; enterprise users: their own)',
        querystring: query,
        response: { 200: pageResult(enterpriseSummary) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const q = request.query;
      const total = await countEnterprises(app.ctx.db, scope, q);
      const items = await listEnterprises(app.ctx.db, scope, q, offsetOf(q), q.pageSize);
      return { items, total, page: q.page, pageSize: q.pageSize };
    },
  );
};
