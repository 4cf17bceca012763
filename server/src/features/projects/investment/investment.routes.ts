import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../../http/access.js';
import { callerOf } from '../../../http/auth-hook.js';
import { localeFrom } from '../../../http/locale.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import { investmentWorkbook } from './investment.export.js';
import {
  deleteMonthQuery,
  investmentMonthParams,
  investmentMonthSchema,
  investmentPlanParams,
  investmentPlanSchema,
  investmentSummarySchema,
  investmentYearQuery,
  projectInvestmentParams,
  projectInvestmentSchema,
  saveMonthBody,
  savePlanBody,
  summaryQuery,
} from './investment.schema.js';
import { clearMonth, getProjectInvestment, saveMonth, savePlan } from './investment.service.js';
import { investmentSummary } from './investment-summary.service.js';

const tags = ['projects: investment completed'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** RFC 5987: an ASCII fallback for old clients and the UTF-8 name for everyone else. */
const attachment = (name: string) =>
  `attachment; filename="${encodeURI(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * Investment completed (当月完成投资): a project's months and plan (project.view to read; the
 * project's task force and zone admins to write, checked in the service), and the zone's totals with
 * the transformation projects' share (project.report), also as xlsx.
 */
export const projectInvestmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const localeOf = (headers: { 'accept-language'?: string }) => localeFrom(headers['accept-language']);
  const report = { access: requires('project.report') };

  app.get(
    '/investment-summary',
    {
      config: report,
      schema: {
        tags,
        summary: "A year's industrial investment by month, task force and project, with the transformation share",
        querystring: summaryQuery,
        response: { 200: investmentSummarySchema, ...problemSchemas(400, 403) },
      },
    },
    async (request) => investmentSummary(ctx, ctx.db, callerOf(request), request.query),
  );

  app.get(
    '/investment-summary.xlsx',
    {
      config: report,
      schema: {
        tags,
        summary: 'The year summary as xlsx: months, projects, task forces',
        querystring: summaryQuery,
        response: { 200: z.unknown().describe(XLSX), ...problemSchemas(400, 403) },
      },
    },
    async (request, reply) => {
      const summary = await investmentSummary(ctx, ctx.db, callerOf(request), request.query);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(`投资完成-${summary.year}.xlsx`))
        .send(await investmentWorkbook(summary));
    },
  );

  app.get(
    '/:id/investment',
    {
      config: { access: requires('project.view') },
      schema: {
        tags,
        summary: "A project's investment completed for a year: twelve months, the plan, completion",
        params: projectInvestmentParams,
        querystring: investmentYearQuery,
        response: { 200: projectInvestmentSchema, ...problemSchemas(400, 403, 404) },
      },
    },
    async (request) => getProjectInvestment(ctx, ctx.db, callerOf(request), request.params.id, request.query.year),
  );

  app.put(
    '/:id/investment/:month',
    {
      config: { access: requires('project.manage') },
      schema: {
        tags,
        summary: "Record a month's investment completed (not in the future; the version read when it has one)",
        params: investmentMonthParams,
        body: saveMonthBody,
        response: { 200: investmentMonthSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          saveMonth(
            ctx,
            trx,
            callerOf(request),
            request.params.id,
            request.params.month,
            request.body,
            localeOf(request.headers),
          ),
        ),
  );

  app.delete(
    '/:id/investment/:month',
    {
      config: { access: requires('project.manage') },
      schema: {
        tags,
        summary: "Clear a month's figure (with ?version= the version read)",
        params: investmentMonthParams,
        querystring: deleteMonthQuery,
        response: { 204: z.null(), ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await ctx.db
        .transaction()
        .execute((trx) =>
          clearMonth(
            ctx,
            trx,
            callerOf(request),
            request.params.id,
            request.params.month,
            request.query.version,
            localeOf(request.headers),
          ),
        );
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/:id/investment-plan/:year',
    {
      config: { access: requires('project.manage') },
      schema: {
        tags,
        summary: "Set the project's planned investment for a year",
        params: investmentPlanParams,
        body: savePlanBody,
        response: { 200: investmentPlanSchema, ...problemSchemas(400, 403, 404) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          savePlan(
            ctx,
            trx,
            callerOf(request),
            request.params.id,
            request.params.year,
            request.body.plannedYuan,
            localeOf(request.headers),
          ),
        ),
  );
};
