import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { callerOf, scopeOf } from '../../http/auth-hook.js';
import { day } from '../../http/day-schema.js';
import { localeFrom } from '../../http/locale.js';
import { problemSchemas } from '../../http/problem.schema.js';
import * as service from './settings.service.js';

const tags = ['projects: settings'];
const settingsSchema = z.object({
  amberWorkdays: z.number().int().min(0).max(60),
  escalateAfterWorkdays: z.number().int().min(0).max(60),
});
const recomputedSchema = z.object({ milestones: z.number().int(), projects: z.number().int() });
const dayParams = z.strictObject({ day });
const dayExplained = z.object({
  day: z.string(),
  workday: z.boolean(),
  reason: z.enum(['weekday', 'weekend', 'holiday', 'makeUpWorkday', 'overrideHoliday', 'overrideWorkday']),
  name: z.string().nullable(),
});
const overrideSchema = z.object({ day: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string() });

/** The amber threshold and the zone's working-calendar corrections (configure only). */
export const projectSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const configure = { access: requires('project.configure') };

  app.get(
    '/settings',
    { config: configure, schema: { tags, summary: "The zone's RAG settings", response: { 200: settingsSchema } } },
    async (request) => service.getSettings(ctx.db, scopeOf(request).zoneId),
  );

  app.put(
    '/settings',
    {
      config: configure,
      schema: {
        tags,
        summary: 'Set the amber threshold and escalation; recomputes every light of the zone',
        body: settingsSchema.strict(),
        response: { 200: settingsSchema.extend({ recomputed: recomputedSchema }), ...problemSchemas(400) },
      },
    },
    async (request) =>
      ctx.db.transaction().execute((trx) => service.putSettings(ctx, trx, callerOf(request), request.body)),
  );

  app.get(
    '/calendar',
    {
      config: configure,
      schema: {
        tags,
        summary: "Every day of a year with why it is (not) a working day, and the zone's corrections",
        querystring: z.strictObject({ year: z.coerce.number().int() }),
        response: {
          200: z.object({
            year: z.number().int(),
            covered: z.boolean(),
            days: z.array(dayExplained),
            overrides: z.array(overrideSchema),
          }),
          ...problemSchemas(400),
        },
      },
    },
    async (request) =>
      service.calendarYear(
        ctx.db,
        scopeOf(request).zoneId,
        request.query.year,
        localeFrom(request.headers['accept-language']),
      ),
  );

  app.put(
    '/calendar/overrides/:day',
    {
      config: configure,
      schema: {
        tags,
        summary: 'Make a day a holiday or a working day for the zone; recomputes every light of the zone',
        params: dayParams,
        body: z.strictObject({ kind: z.enum(['holiday', 'workday']), name: z.string().trim().min(1).max(50) }),
        response: { 200: overrideSchema.extend({ recomputed: recomputedSchema }), ...problemSchemas(400) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) => service.putOverride(ctx, trx, callerOf(request), request.params.day, request.body)),
  );

  app.delete(
    '/calendar/overrides/:day',
    {
      config: configure,
      schema: {
        tags,
        summary: "Remove the zone's correction of a day; recomputes every light of the zone",
        params: dayParams,
        response: { 204: z.null(), ...problemSchemas(404) },
      },
    },
    async (request, reply) => {
      await ctx.db
        .transaction()
        .execute((trx) => service.deleteOverride(ctx, trx, callerOf(request), request.params.day));
      return reply.code(204).send(null);
    },
  );
};
