import { z } from 'zod';
import { day } from '../../../http/day-schema.js';
import { fileMetaSchema } from '../project.schema.js';
import { AGENCY_STATES, AGENCY_STEPS } from './agency-flow.js';

/** Inputs and outputs of the agency service (全代办): approval items handled for the enterprise. */
const id = z.string().min(1).max(64);
const flag = z.boolean();

export const agencyItemParams = z.strictObject({ id, itemId: id });

/** The task force prepares an item; `submit` sends it to the department at once (待受理). Dates come from the steps. */
export const createAgencyItemBody = z.strictObject({
  item: z.string().trim().min(1).max(200),
  departmentId: id,
  statutoryDays: z.number().int().min(1).max(365),
  tolerance: flag.default(false),
  commitment: flag.default(false),
  notes: z.string().trim().max(4000).nullable().default(null),
  submit: flag.default(false),
});
export type CreateAgencyItemBody = z.infer<typeof createAgencyItemBody>;

/** What the handling department may change; everything else needs the project's task force. */
export const DEPARTMENT_FIELDS = ['version', 'notes'] as const;

export const updateAgencyItemBody = z.strictObject({
  version: z.number().int().min(1),
  item: z.string().trim().min(1).max(200).optional(),
  departmentId: id.optional(),
  statutoryDays: z.number().int().min(1).max(365).optional(),
  tolerance: flag.optional(),
  commitment: flag.optional(),
  notes: z.string().trim().max(4000).nullable().optional(),
});
export type UpdateAgencyItemBody = z.infer<typeof updateAgencyItemBody>;

/** A step of the item's life (agency-flow.ts), stamped with the day (the zone's today unless given) and the caller. */
export const agencyStepBody = z.strictObject({
  version: z.number().int().min(1),
  step: z.enum(AGENCY_STEPS),
  /** The day it happened, when recorded later; never after the zone's today or before the previous step. */
  on: day.optional(),
  /** Required when returning for correction (退回补正): what the applicant must supply. */
  reason: z.string().trim().min(1).max(2000).optional(),
  /** The approval's document number (批复文号), when approving. */
  approvalDocNo: z.string().trim().min(1).max(100).optional(),
});
export type AgencyStepBody = z.infer<typeof agencyStepBody>;

/** open: not yet approved; overdue: open past the limit; or one state. */
export const AGENCY_STATUSES = ['open', 'overdue', ...AGENCY_STATES] as const;
export type AgencyStatus = (typeof AGENCY_STATUSES)[number];
export const agencyListQuery = z.strictObject({
  departmentId: id.optional(),
  status: z.enum(AGENCY_STATUSES).optional(),
  /** Submitted on or after / on or before (the department desk's date range). */
  from: day.optional(),
  to: day.optional(),
});

export const agencyStatsQuery = z.strictObject({ from: day.optional(), to: day.optional() });

export const agencyStepSchema = z.object({
  step: z.enum(AGENCY_STEPS),
  on: z.string(),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
});

export const agencyItemSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  projectName: z.string(),
  /** The project's enterprise, so a department desk without project access knows whom it serves. */
  enterpriseName: z.string().nullable(),
  item: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  state: z.enum(AGENCY_STATES),
  submittedOn: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  approvedOn: z.string().nullable(),
  approvalDocNo: z.string().nullable(),
  /** The reason of the current 退回补正 (null unless returned). */
  returnReason: z.string().nullable(),
  statutoryDays: z.number(),
  tolerance: z.boolean(),
  commitment: z.boolean(),
  handledById: z.string().nullable(),
  handledByName: z.string().nullable(),
  notes: z.string().nullable(),
  /** Working days from acceptance to approval (to today while open), less correction; null before acceptance. */
  elapsedWorkdays: z.number().nullable(),
  /** Working days after acceptance spent in correction (补正), not counted. */
  pausedWorkdays: z.number(),
  /** With the applicant for correction: the clock stands still. */
  paused: z.boolean(),
  /** The last day within the statutory limit; null before acceptance and while paused. */
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  steps: z.array(agencyStepSchema),
  files: z.array(fileMetaSchema),
  /** The steps the caller may take now (the desk's buttons). */
  actions: z.array(z.enum(AGENCY_STEPS)),
  version: z.number(),
  canUpdate: z.boolean(),
  updatedAt: z.string(),
});
export type AgencyItem = z.infer<typeof agencyItemSchema>;

export const agencyListSchema = z.object({ items: z.array(agencyItemSchema) });

export const agencyStatsSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  departments: z.array(
    z.object({
      departmentId: z.string(),
      departmentName: z.string(),
      count: z.number(),
      approvedCount: z.number(),
      meanWorkdaysToApproval: z.number().nullable(),
      maxWorkdaysToApproval: z.number().nullable(),
      overdueOpenCount: z.number(),
    }),
  ),
});
export type AgencyStats = z.infer<typeof agencyStatsSchema>;

export const agencyDepartmentsSchema = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });
