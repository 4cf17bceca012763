import { z } from 'zod';
import { REPORT_KINDS } from './report-period.js';

/** Inputs and outputs of the generated reports (周调度报告、月度汇总、季度分析、年度交账). */
const day = z.iso.date();
const id = z.string().min(1).max(64);
const rag = z.enum(['green', 'amber', 'red', 'done']);
const stage = z.enum(['signed', 'preliminary', 'started', 'underConstruction', 'completed', 'producing', 'atCapacity']);

export const reportKind = z.enum(REPORT_KINDS);
export const reportQuery = z.strictObject({
  /** 2026-W48, 2026-11, 2026-Q4 or 2026 by the report's kind; default the current one. */
  period: z.string().trim().min(1).max(16).optional(),
  taskForceId: id.optional(),
});
export type ReportQuery = z.infer<typeof reportQuery>;

const header = {
  period: z.object({ key: z.string(), start: day, last: day, asOf: day }),
  generatedAt: z.string(),
  taskForce: z.object({ id, name: z.string() }).nullable(),
};

const lightCounts = z.object({
  taskForceId: id,
  taskForceName: z.string(),
  green: z.number().int(),
  amber: z.number().int(),
  red: z.number().int(),
  done: z.number().int(),
});

const projectRef = { projectId: id, projectName: z.string(), taskForceName: z.string() };

export const weeklyReportSchema = z.object({
  kind: z.literal('weekly'),
  ...header,
  headline: z.object({
    projects: z.number().int(),
    lightsTurned: z.number().int(),
    turnedRed: z.number().int(),
    stageMoves: z.number().int(),
    itemsDone: z.number().int(),
    deadlinesMoved: z.number().int(),
    redItems: z.number().int(),
    openActions: z.number().int(),
    overdueActions: z.number().int(),
    meetings: z.number().int(),
  }),
  lightsByTaskForce: z.array(lightCounts),
  changes: z.array(
    z.object({
      ...projectRef,
      milestoneName: z.string().nullable(),
      kind: z.enum(['projectRag', 'milestoneRag', 'stage', 'milestoneDone', 'dueMoved']),
      fromValue: z.string().nullable(),
      toValue: z.string().nullable(),
      onDay: day,
    }),
  ),
  redItems: z.array(
    z.object({
      ...projectRef,
      milestoneName: z.string(),
      ownerName: z.string().nullable(),
      dueOn: day,
      overdueWorkdays: z.number().int(),
    }),
  ),
  openActions: z.array(
    z.object({
      id,
      seriesName: z.string(),
      projectName: z.string().nullable(),
      text: z.string(),
      ownerName: z.string().nullable(),
      assignedOn: day,
      dueOn: day.nullable(),
      ageWorkdays: z.number().int(),
      overdue: z.boolean(),
    }),
  ),
  meetings: z.array(
    z.object({
      id,
      seriesName: z.string(),
      taskForceName: z.string().nullable(),
      heldOn: day,
      place: z.string().nullable(),
      onSite: z.boolean(),
      siteEnterpriseName: z.string().nullable(),
      actionsAssigned: z.number().int(),
      decisions: z.number().int(),
    }),
  ),
});
export type WeeklyReport = z.infer<typeof weeklyReportSchema>;

const investment = {
  monthYuan: z.number(),
  ytdYuan: z.number(),
  planYuan: z.number().nullable(),
  /** Year to date ÷ the year's plan, percent, one decimal; null without a plan. */
  ytdPercent: z.number().nullable(),
};

const missedOrHit = z.object({
  ...projectRef,
  milestoneName: z.string(),
  ownerName: z.string().nullable(),
  dueOn: day,
  actualDoneOn: day.nullable(),
  /** Working days late (done late: due → done; not done: due → as-of day); 0 for a hit. */
  lateWorkdays: z.number().int(),
});

export const monthlyReportSchema = z.object({
  kind: z.literal('monthly'),
  ...header,
  headline: z.object({
    projects: z.number().int(),
    itemsDone: z.number().int(),
    hit: z.number().int(),
    missed: z.number().int(),
    ...investment,
  }),
  projects: z.array(
    z.object({ ...projectRef, code: z.string(), stage, ragStatus: rag, itemsDone: z.number().int(), ...investment }),
  ),
  investmentByTaskForce: z.array(z.object({ taskForceId: id, taskForceName: z.string(), ...investment })),
  hit: z.array(missedOrHit),
  missed: z.array(missedOrHit),
});
export type MonthlyReport = z.infer<typeof monthlyReportSchema>;

const planActual = {
  milestonesPlanned: z.number().int(),
  milestonesPlannedDone: z.number().int(),
  milestonesDone: z.number().int(),
  investmentPlanYuan: z.number().nullable(),
  investmentDoneYuan: z.number(),
  /** Items whose baseline due falls in the quarter and have slipped (more than 0 working days). */
  slippedItems: z.number().int(),
  meanSlipWorkdays: z.number().nullable(),
  maxSlipWorkdays: z.number().int().nullable(),
};

export const quarterlyReportSchema = z.object({
  kind: z.literal('quarterly'),
  ...header,
  headline: z.object({ projects: z.number().int(), ...planActual }),
  projects: z.array(z.object({ ...projectRef, code: z.string(), stage, ragStatus: rag, ...planActual })),
  taskForces: z.array(
    z.object({ taskForceId: id, taskForceName: z.string(), projects: z.number().int(), ...planActual }),
  ),
});
export type QuarterlyReport = z.infer<typeof quarterlyReportSchema>;

export const annualReportSchema = z.object({
  kind: z.literal('annual'),
  ...header,
  headline: z.object({
    projects: z.number().int(),
    started: z.number().int(),
    completed: z.number().int(),
    producing: z.number().int(),
    milestonesDone: z.number().int(),
    onTimePercent: z.number().nullable(),
    investmentDoneYuan: z.number(),
    investmentPlanYuan: z.number().nullable(),
  }),
  taskForces: z.array(
    z.object({
      taskForceId: id,
      taskForceName: z.string(),
      targets: z.array(
        z.object({ metric: z.string(), target: z.number(), actual: z.number(), completion: z.number().nullable() }),
      ),
      /** Mean completion of the contest targets, percent (the contest's rule); null without targets. */
      targetCompletion: z.number().nullable(),
      projects: z.number().int(),
      started: z.number().int(),
      completed: z.number().int(),
      producing: z.number().int(),
      milestonesDone: z.number().int(),
      onTimePercent: z.number().nullable(),
      investmentDoneYuan: z.number(),
      investmentPlanYuan: z.number().nullable(),
      investmentPercent: z.number().nullable(),
    }),
  ),
});
export type AnnualReport = z.infer<typeof annualReportSchema>;

export const reportSchema = z.discriminatedUnion('kind', [
  weeklyReportSchema,
  monthlyReportSchema,
  quarterlyReportSchema,
  annualReportSchema,
]);
export type ReportModel = z.infer<typeof reportSchema>;
