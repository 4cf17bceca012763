import { z } from 'zod';
import { day } from '../../../http/day-schema.js';

/** Inputs and outputs of the agency service (全代办): approval items handled for the enterprise. */
const id = z.string().min(1).max(64);
const flag = z.boolean();

export const agencyItemParams = z.strictObject({ id, itemId: id });

export const createAgencyItemBody = z.strictObject({
  item: z.string().trim().min(1).max(200),
  departmentId: id,
  submittedOn: day.nullable().default(null),
  acceptedOn: day.nullable().default(null),
  approvedOn: day.nullable().default(null),
  statutoryDays: z.number().int().min(1).max(365),
  tolerance: flag.default(false),
  commitment: flag.default(false),
  handledById: id.nullable().default(null),
  handledByName: z.string().trim().min(1).max(100).nullable().default(null),
  notes: z.string().trim().max(4000).nullable().default(null),
});
export type CreateAgencyItemBody = z.infer<typeof createAgencyItemBody>;

/** What the handling department may change; everything else needs the project's task force. */
export const DEPARTMENT_FIELDS = [
  'version',
  'submittedOn',
  'acceptedOn',
  'approvedOn',
  'handledById',
  'handledByName',
  'notes',
] as const;

export const updateAgencyItemBody = z.strictObject({
  version: z.number().int().min(1),
  item: z.string().trim().min(1).max(200).optional(),
  departmentId: id.optional(),
  submittedOn: day.nullable().optional(),
  acceptedOn: day.nullable().optional(),
  approvedOn: day.nullable().optional(),
  statutoryDays: z.number().int().min(1).max(365).optional(),
  tolerance: flag.optional(),
  commitment: flag.optional(),
  handledById: id.nullable().optional(),
  handledByName: z.string().trim().min(1).max(100).nullable().optional(),
  notes: z.string().trim().max(4000).nullable().optional(),
});
export type UpdateAgencyItemBody = z.infer<typeof updateAgencyItemBody>;

export const AGENCY_STATUSES = ['open', 'approved', 'overdue'] as const;
export const agencyListQuery = z.strictObject({
  departmentId: id.optional(),
  status: z.enum(AGENCY_STATUSES).optional(),
  /** Submitted on or after / on or before (the department desk's date range). */
  from: day.optional(),
  to: day.optional(),
});

export const agencyStatsQuery = z.strictObject({ from: day.optional(), to: day.optional() });

export const agencyItemSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  projectName: z.string(),
  /** The project's enterprise, so a department desk without project access knows whom it serves. */
  enterpriseName: z.string().nullable(),
  item: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  submittedOn: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  approvedOn: z.string().nullable(),
  statutoryDays: z.number(),
  tolerance: z.boolean(),
  commitment: z.boolean(),
  handledById: z.string().nullable(),
  handledByName: z.string().nullable(),
  notes: z.string().nullable(),
  /** Working days from submission to approval (to today while open); null before submission. */
  elapsedWorkdays: z.number().nullable(),
  overdue: z.boolean(),
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
