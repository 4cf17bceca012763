import { CONTEST_METRICS, type ContestMetric } from '@zonehub/investment-rules';
import { z } from 'zod';
import type { InvestmentSettings } from './settings.repository.js';

const weight = z.number().min(0).max(1000);
const staleLimit = z.number().int().min(1).max(1095);

export const weightsSchema = z.strictObject(
  Object.fromEntries(CONTEST_METRICS.map((m) => [m, weight])) as Record<ContestMetric, typeof weight>,
);

/** `GET /settings` and the body of `PUT /settings`: contest weights (points per unit) and reminder days. */
export const settingsSchema = z.strictObject({
  weights: weightsSchema,
  idleDays: z.number().int().min(1).max(365),
  staleDays: z.strictObject({ reserve: staleLimit, negotiating: staleLimit, signed: staleLimit }),
});
export type SettingsView = z.infer<typeof settingsSchema>;

export const toSettingsView = (s: InvestmentSettings): SettingsView => ({
  weights: s.weights,
  idleDays: s.reminders.idleDays,
  staleDays: s.reminders.staleDays,
});

export const fromSettingsView = (v: SettingsView): InvestmentSettings => ({
  weights: v.weights,
  reminders: { idleDays: v.idleDays, staleDays: v.staleDays },
});

export const periodKey = z.string().trim().min(1).max(20);

export const targetsQuery = z.strictObject({ period: periodKey.optional() });

export const targetItemSchema = z.object({
  taskForceId: z.string(),
  taskForceName: z.string(),
  metric: z.enum(CONTEST_METRICS),
  target: z.number(),
});
export const targetsSchema = z.object({ period: z.string(), items: z.array(targetItemSchema) });
export type TargetsView = z.infer<typeof targetsSchema>;

export const putTargetsBody = z.strictObject({
  period: periodKey,
  items: z
    .array(
      z.strictObject({
        taskForceId: z.string().min(1).max(64),
        metric: z.enum(CONTEST_METRICS),
        target: z.number().min(0).max(1e13),
      }),
    )
    .max(500),
});
export type PutTargetsInput = z.infer<typeof putTargetsBody>;
