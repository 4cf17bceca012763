import { FOUR_ABOVE_SUBSECTORS, SECTOR_OF, suggestFourAbove } from '@zonehub/four-above';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { callerOf, scopeOf } from '../../http/auth-hook.js';
import { conflict } from '../../http/errors.js';
import { problemSchemas } from '../../http/problem.schema.js';
import { recordChange } from '../audit/audit.service.js';
import { enterpriseView } from './enterprise.service.js';
import { FOUR_ABOVE_SECTORS, type FourAboveThresholdRow } from './enterprise.table.js';
import { insertThreshold, listThresholds, thresholdExists } from './four-above.repository.js';

const tags = ['enterprises: four-above'];

const thresholdSchema = z.object({
  id: z.string(),
  sector: z.enum(FOUR_ABOVE_SECTORS),
  subsector: z.string(),
  minRevenueYuan: z.number().nullable(),
  basis: z.string(),
  effectiveFromYear: z.number().int(),
});
const toThresholdView = (row: FourAboveThresholdRow): z.infer<typeof thresholdSchema> => ({
  id: row.id,
  sector: row.sector,
  subsector: row.subsector,
  minRevenueYuan: row.minRevenueYuan,
  basis: row.basis,
  effectiveFromYear: row.effectiveFromYear,
});

const suggestionSchema = z.object({
  enterpriseId: z.string(),
  industryCode: z.string().nullable(),
  year: z.number().int(),
  revenueYuan: z.number(),
  subsector: z.enum(FOUR_ABOVE_SUBSECTORS).nullable(),
  sector: z.enum(FOUR_ABOVE_SECTORS).nullable(),
  threshold: thresholdSchema.omit({ id: true }).nullable(),
  result: z.enum(['qualifies', 'belowThreshold', 'needsQualificationCheck', 'notCovered']),
  qualifies: z.boolean().nullable(),
});

const newThresholdBody = z.strictObject({
  subsector: z.enum(FOUR_ABOVE_SUBSECTORS),
  minRevenueYuan: z.number().min(0).max(1e13).nullable(),
  basis: z.string().trim().min(1).max(500),
  effectiveFromYear: z.number().int().min(2000).max(2100),
});

/** 四上 thresholds (versioned configuration) and the suggestion computed from a reported revenue. */
export const fourAboveRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;

  app.get(
    '/four-above/thresholds',
    {
      config: { access: requires('enterprise.view') },
      schema: {
        tags,
        summary: 'Every threshold row, newest version first',
        response: { 200: z.array(thresholdSchema) },
      },
    },
    async () => (await listThresholds(ctx.db)).map(toThresholdView),
  );

  app.post(
    '/four-above/thresholds',
    {
      config: { access: requires('enterprise.import') },
      schema: {
        tags,
        summary: 'Add a new version of a subsector’s threshold, in force from a year on (earlier years keep theirs)',
        body: newThresholdBody,
        response: { 201: thresholdSchema, ...problemSchemas(400, 409) },
      },
    },
    async (request, reply) => {
      const input = request.body;
      const caller = callerOf(request);
      const created = await ctx.db.transaction().execute(async (trx) => {
        if (await thresholdExists(trx, input.subsector, input.effectiveFromYear)) {
          throw conflict(`${input.subsector} ${input.effectiveFromYear}`);
        }
        const row = {
          id: `${input.subsector}-${input.effectiveFromYear}`,
          sector: SECTOR_OF[input.subsector],
          ...input,
          createdAt: ctx.clock.now().toISOString(),
        };
        await insertThreshold(trx, row);
        const after = toThresholdView(row);
        // Thresholds are national configuration shared by every zone: the entry carries no zone.
        await recordChange(trx, ctx, caller.principal, {
          action: 'fourAboveThreshold.create',
          entityType: 'fourAboveThreshold',
          entityId: row.id,
          zoneId: null,
          after,
        });
        return after;
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/enterprises/:id/four-above-suggestion',
    {
      config: { access: requires('enterprise.view') },
      schema: {
        tags,
        summary: 'Would this enterprise be 四上 in a year with this revenue? (by its industry code and the thresholds)',
        params: z.strictObject({ id: z.string().min(1).max(64) }),
        querystring: z.strictObject({
          year: z.coerce.number().int().min(2000).max(2100),
          revenueYuan: z.coerce.number().min(0).max(1e13),
        }),
        response: { 200: suggestionSchema, ...problemSchemas(404) },
      },
    },
    async (request) => {
      const enterprise = await enterpriseView(ctx.db, { scope: scopeOf(request) }, request.params.id);
      const { year, revenueYuan } = request.query;
      const suggestion = suggestFourAbove(await listThresholds(ctx.db), enterprise.industryCode, year, revenueYuan);
      const threshold = suggestion.threshold
        ? {
            sector: SECTOR_OF[suggestion.subsector ?? 'industry'],
            subsector: suggestion.threshold.subsector,
            minRevenueYuan: suggestion.threshold.minRevenueYuan,
            basis: suggestion.threshold.basis,
            effectiveFromYear: suggestion.threshold.effectiveFromYear,
          }
        : null;
      return {
        enterpriseId: enterprise.id,
        industryCode: enterprise.industryCode,
        year,
        revenueYuan,
        ...suggestion,
        threshold,
      };
    },
  );
};
