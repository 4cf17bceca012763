import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../../http/access.js';
import { scopeOf } from '../../../http/auth-hook.js';
import { localeFrom } from '../../../http/locale.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import { contestWorkbook } from './contest.export.js';
import { contestQuery, contestSchema } from './contest.schema.js';
import { buildContest } from './contest.service.js';

const tags = ['investment: contest'];

/** RFC 5987: an ASCII fallback for old clients and the UTF-8 name for everyone else. */
const attachment = (name: string) =>
  `attachment; filename="${encodeURI(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** 招商大比拼: the leaderboard of task forces and people for a period, and its xlsx. */
export const contestRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const view = { access: requires('investment.view') };

  app.get(
    '/contest',
    {
      config: view,
      schema: {
        tags,
        summary: 'The contest for a period (2026, 2026-Q2, 2026-05; default: the current quarter)',
        querystring: contestQuery,
        response: { 200: contestSchema, ...problemSchemas(400) },
      },
    },
    async (request) =>
      buildContest(ctx, ctx.db, scopeOf(request), request.query.period, localeFrom(request.headers['accept-language'])),
  );

  app.get(
    '/contest/export.xlsx',
    {
      config: view,
      schema: {
        tags,
        summary: 'The contest as xlsx: task forces, people, weights and period',
        querystring: contestQuery,
        response: {
          200: z.unknown().describe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
          ...problemSchemas(400),
        },
      },
    },
    async (request, reply) => {
      const contest = await buildContest(
        ctx,
        ctx.db,
        scopeOf(request),
        request.query.period,
        localeFrom(request.headers['accept-language']),
      );
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachment(`招商大比拼-${contest.period}.xlsx`))
        .send(await contestWorkbook(contest));
    },
  );
};
