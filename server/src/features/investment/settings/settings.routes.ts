import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requires } from '../../../http/access.js';
import { callerOf, scopeOf } from '../../../http/auth-hook.js';
import { localeFrom } from '../../../http/locale.js';
import { problemSchemas } from '../../../http/problem.schema.js';
import { putTargetsBody, settingsSchema, targetsQuery, targetsSchema } from './settings.schema.js';
import * as service from './settings.service.js';

const tags = ['investment: settings'];

/** The zone's contest weights, reminder days and contest targets: everyone may read, zone admins write. */
export const investmentSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const view = { access: requires('investment.view') };
  const configure = { access: requires('investment.configure') };

  app.get(
    '/settings',
    {
      config: view,
      schema: {
        tags,
        summary: 'Contest weights (points per lead, per visit, per 亿元) and reminder days of the zone',
        response: { 200: settingsSchema },
      },
    },
    async (request) => service.getSettings(ctx.db, scopeOf(request).zoneId),
  );

  app.put(
    '/settings',
    {
      config: configure,
      schema: {
        tags,
        summary: 'Set the contest weights and reminder days (weights 0–1000, idle 1–365 days, stale 1–1095)',
        body: settingsSchema,
        response: { 200: settingsSchema, ...problemSchemas(400, 403) },
      },
    },
    async (request) =>
      ctx.db.transaction().execute((trx) => service.putSettings(ctx, trx, callerOf(request), request.body)),
  );

  app.get(
    '/targets',
    {
      config: view,
      schema: {
        tags,
        summary: "One period's contest targets per task force and metric (default: the current quarter)",
        querystring: targetsQuery,
        response: { 200: targetsSchema, ...problemSchemas(400) },
      },
    },
    async (request) =>
      service.getTargets(
        ctx,
        ctx.db,
        scopeOf(request).zoneId,
        request.query.period,
        localeFrom(request.headers['accept-language']),
      ),
  );

  app.put(
    '/targets',
    {
      config: configure,
      schema: {
        tags,
        summary: "Replace one period's contest targets (task forces of the zone, each metric once, target ≥ 0)",
        querystring: targetsQuery,
        body: putTargetsBody,
        response: { 200: targetsSchema, ...problemSchemas(400, 403) },
      },
    },
    async (request) => {
      const locale = localeFrom(request.headers['accept-language']);
      return ctx.db
        .transaction()
        .execute((trx) => service.putTargets(ctx, trx, callerOf(request), request.query.period, request.body, locale));
    },
  );
};
