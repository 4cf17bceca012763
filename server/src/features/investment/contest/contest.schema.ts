import { CONTEST_METRICS, type ContestMetric } from '@zonehub/investment-rules';
import { z } from 'zod';
import { periodKey } from '../settings/settings.schema.js';

export const contestQuery = z.strictObject({ period: periodKey.optional() });

const countsSchema = z.strictObject(
  Object.fromEntries(CONTEST_METRICS.map((m) => [m, z.number()])) as Record<ContestMetric, z.ZodNumber>,
);

export const contestTargetSchema = z.object({
  metric: z.enum(CONTEST_METRICS),
  target: z.number(),
  actual: z.number(),
  /** Percent, one decimal; null when the target is 0. */
  completion: z.number().nullable(),
});

export const contestRowSchema = z.object({
  /** `taskForce:<id>` or `user:<id>`. */
  key: z.string(),
  id: z.string(),
  name: z.string(),
  /** People rows: the task forces their counted work belongs to. */
  taskForceName: z.string().nullable().optional(),
  counts: countsSchema,
  score: z.number(),
  rank: z.number().int(),
  previousRank: z.number().int().nullable(),
  /** Places gained since the previous period (positive is up); null when unranked then. */
  rankChange: z.number().int().nullable(),
  /** Task-force rows only; empty for people. */
  targets: z.array(contestTargetSchema),
  /** Mean of the metric completions that have a target; null when none has one. */
  completion: z.number().nullable(),
});
export type ContestRow = z.infer<typeof contestRowSchema>;

export const contestSchema = z.object({
  /** Period keys: 2026, 2026-Q2 or 2026-05. */
  period: z.string(),
  previousPeriod: z.string(),
  weights: countsSchema,
  taskForces: z.array(contestRowSchema),
  people: z.array(contestRowSchema),
});
export type ContestView = z.infer<typeof contestSchema>;
