import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { notFound } from '../../http/errors.js';
import { problemSchemas } from '../../http/problem.schema.js';
import { findIndustry, listChildren, pathOf, searchIndustries } from './industry.repository.js';
import { industrySchema, industryWithPathSchema, toIndustryView, toPathItems } from './industry.schema.js';

const tags = ['industries'];
const code = z
  .string()
  .trim()
  .regex(/^([A-Ta-t]|\d{2,4})$/);

/** GB/T 4754-2017 as reference data for the searchable tree picker. */
export const industryRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const access = { access: requires('enterprise.view') };

  app.get(
    '/industries',
    {
      config: access,
      schema: {
        tags,
        summary: 'The sections, or the children of `parent` (one level of the tree, lazily loaded)',
        querystring: z.strictObject({ parent: code.optional() }),
        response: { 200: z.array(industrySchema) },
      },
    },
    async (request) => {
      const parent = request.query.parent?.toUpperCase() ?? null;
      return (await listChildren(ctx.db, parent)).map(toIndustryView);
    },
  );

  app.get(
    '/industries/search',
    {
      config: access,
      schema: {
        tags,
        summary: 'Codes starting with q, or names containing q (at most 50, each with its path)',
        querystring: z.strictObject({ q: z.string().trim().min(1).max(50) }),
        response: { 200: z.array(industryWithPathSchema) },
      },
    },
    async (request) => {
      const rows = await searchIndustries(ctx.db, request.query.q, 50);
      return Promise.all(
        rows.map(async (row) => ({
          ...toIndustryView(row),
          path: toPathItems((await pathOf(ctx.db, row.code)).slice(0, -1)),
        })),
      );
    },
  );

  app.get(
    '/industries/:code',
    {
      config: access,
      schema: {
        tags,
        summary: 'One code with its path (to show a stored code in context)',
        params: z.strictObject({ code }),
        response: { 200: industryWithPathSchema, ...problemSchemas(404) },
      },
    },
    async (request) => {
      const row = await findIndustry(ctx.db, request.params.code.toUpperCase());
      if (!row) throw notFound('industry');
      return { ...toIndustryView(row), path: toPathItems((await pathOf(ctx.db, row.code)).slice(0, -1)) };
    },
  );
};
