import { z } from 'zod';

/** Inputs and outputs of investment completed (当月完成投资) and its zone totals. Amounts in yuan. */
const id = z.string().min(1).max(64);
/** A month YYYY-MM; whether it may carry a figure (not before 2000, not in the future) is the service's call. */
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const yuan = z.number().min(0).max(1e12);
const year = z.coerce.number().int().min(1900).max(2200);

export const projectInvestmentParams = z.strictObject({ id });
export const investmentMonthParams = z.strictObject({ id, month });
export const investmentPlanParams = z.strictObject({ id, year });
export const investmentYearQuery = z.strictObject({ year: year.optional() });
export const deleteMonthQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional() });

export const saveMonthBody = z.strictObject({
  completedYuan: yuan,
  note: z.string().trim().max(500).nullable().default(null),
  /** The version read; required when the month already has a figure (a stale one answers 409). */
  version: z.number().int().min(1).optional(),
});
export type SaveMonthBody = z.infer<typeof saveMonthBody>;

export const savePlanBody = z.strictObject({ plannedYuan: yuan });

export const investmentMonthSchema = z.object({
  month: z.string(),
  completedYuan: z.number().nullable(),
  note: z.string().nullable(),
  recordedByName: z.string().nullable(),
  updatedAt: z.string().nullable(),
  version: z.number().nullable(),
});
export type InvestmentMonth = z.infer<typeof investmentMonthSchema>;

export const projectInvestmentSchema = z.object({
  projectId: z.string(),
  year: z.number(),
  /** The zone's current month: later months take no figure. */
  currentMonth: z.string(),
  plannedYuan: z.number().nullable(),
  months: z.array(investmentMonthSchema),
  yearCompletedYuan: z.number(),
  completionPct: z.number().nullable(),
  /** Every recorded month of every year. */
  completedToDateYuan: z.number(),
  totalInvestmentYuan: z.number().nullable(),
  canEdit: z.boolean(),
});
export type ProjectInvestment = z.infer<typeof projectInvestmentSchema>;

export const investmentPlanSchema = z.object({ projectId: z.string(), year: z.number(), plannedYuan: z.number() });

export const summaryQuery = z.strictObject({
  year: year.optional(),
  taskForceId: id.optional(),
  parkId: id.optional(),
});
export type SummaryQuery = z.infer<typeof summaryQuery>;

export const investmentSummarySchema = z.object({
  year: z.number(),
  currentMonth: z.string(),
  months: z.array(z.object({ month: z.string(), completedYuan: z.number(), transformationYuan: z.number() })),
  totals: z.object({
    /** Industrial investment: every project of the module is an industrial project. */
    completedYuan: z.number(),
    transformationYuan: z.number(),
    transformationSharePct: z.number().nullable(),
    plannedYuan: z.number(),
    completionPct: z.number().nullable(),
  }),
  byTaskForce: z.array(
    z.object({
      taskForceId: z.string(),
      name: z.string(),
      plannedYuan: z.number(),
      completedYuan: z.number(),
      pct: z.number().nullable(),
    }),
  ),
  projects: z.array(
    z.object({
      projectId: z.string(),
      code: z.string(),
      name: z.string(),
      taskForceId: z.string(),
      taskForceName: z.string(),
      isTransformation: z.boolean(),
      plannedYuan: z.number().nullable(),
      completedYuan: z.number(),
      pct: z.number().nullable(),
    }),
  ),
});
export type InvestmentSummary = z.infer<typeof investmentSummarySchema>;
