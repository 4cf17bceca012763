import { PROJECT_KINDS, PROJECT_STAGES } from '@zonehub/project-rules';
import { z } from 'zod';
import { day } from '../../http/day-schema.js';
import { listQuery } from '../../http/pagination.js';

/** API shapes of projects, phases and milestones (docs/design/projects.md, "API"). */
export const RAG_STATUSES = ['green', 'amber', 'red', 'done'] as const;
const id = z.string().min(1).max(64);
const yuan = z.number().nonnegative().max(1e13);

export const ragRuleSchema = z.object({
  status: z.enum(RAG_STATUSES),
  slackWorkdays: z.number().int().nullable(),
  amberWorkdays: z.number().int(),
  dueOn: z.string(),
  today: z.string(),
});

export const projectSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(PROJECT_KINDS),
  isTransformation: z.boolean(),
  stage: z.enum(PROJECT_STAGES),
  ragStatus: z.enum(RAG_STATUSES),
  ragSlackWorkdays: z.number().int().nullable(),
  enterpriseId: z.string().nullable(),
  enterpriseName: z.string().nullable(),
  parkId: z.string().nullable(),
  parkName: z.string().nullable(),
  taskForceId: z.string(),
  taskForceName: z.string(),
  leaderInChargeId: z.string().nullable(),
  leaderInChargeName: z.string().nullable(),
  totalInvestmentYuan: z.number().nullable(),
  signedOn: z.string().nullable(),
  openItems: z.number().int(),
  overdueItems: z.number().int(),
  nextDue: z.object({ name: z.string(), dueOn: z.string() }).nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

export const fileMetaSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type FileMeta = z.infer<typeof fileMetaSchema>;

export const phaseSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  name: z.string(),
  investmentYuan: z.number().nullable(),
  capacity: z.string().nullable(),
  expectedRevenueYuan: z.number().nullable(),
  expectedTaxYuan: z.number().nullable(),
  expectedJobs: z.number().int().nullable(),
  plannedStartOn: z.string().nullable(),
  plannedEndOn: z.string().nullable(),
  actualStartOn: z.string().nullable(),
  actualEndOn: z.string().nullable(),
});
export type Phase = z.infer<typeof phaseSchema>;

export const milestoneSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  phaseId: z.string().nullable(),
  stepKey: z.string().nullable(),
  name: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  plannedStartOn: z.string(),
  dueOn: z.string(),
  baselineStartOn: z.string(),
  baselineDueOn: z.string(),
  actualStartOn: z.string().nullable(),
  actualDoneOn: z.string().nullable(),
  ragStatus: z.enum(RAG_STATUSES),
  slackWorkdays: z.number().int().nullable(),
  rule: ragRuleSchema,
  predecessorIds: z.array(z.string()),
  files: z.array(fileMetaSchema),
  notes: z.string().nullable(),
  version: z.number().int(),
  canUpdate: z.boolean(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const projectDetailSchema = projectSummarySchema.extend({
  parcelId: z.string().nullable(),
  buildingId: z.string().nullable(),
  leadId: z.string().nullable(),
  description: z.string().nullable(),
  phases: z.array(phaseSchema),
  milestones: z.array(milestoneSchema),
  calendar: z.object({ coveredThrough: z.number().int(), uncoveredYears: z.array(z.number().int()) }),
  canEdit: z.boolean(),
});
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

export const phaseInput = z.strictObject({
  /** Given: the phase to update (PATCH); absent: a new phase. */
  id: id.optional(),
  name: z.string().trim().min(1).max(50),
  investmentYuan: yuan.nullable().optional(),
  capacity: z.string().trim().max(500).nullable().optional(),
  expectedRevenueYuan: yuan.nullable().optional(),
  expectedTaxYuan: yuan.nullable().optional(),
  expectedJobs: z.number().int().nonnegative().max(1e7).nullable().optional(),
  plannedStartOn: day.nullable().optional(),
  plannedEndOn: day.nullable().optional(),
  actualStartOn: day.nullable().optional(),
  actualEndOn: day.nullable().optional(),
});
export type PhaseInput = z.infer<typeof phaseInput>;

const projectFields = {
  name: z.string().trim().min(1).max(200),
  kind: z.enum(PROJECT_KINDS),
  isTransformation: z.boolean(),
  enterpriseId: id.nullable(),
  parkId: id.nullable(),
  parcelId: id.nullable(),
  buildingId: id.nullable(),
  totalInvestmentYuan: yuan.nullable(),
  taskForceId: id,
  leaderInChargeId: id.nullable(),
  signedOn: day.nullable(),
  description: z.string().trim().max(4000).nullable(),
};

export const createProjectBody = z.strictObject({
  code: z.string().trim().min(1).max(40).optional(),
  ...projectFields,
  isTransformation: projectFields.isTransformation.default(false),
  enterpriseId: projectFields.enterpriseId.default(null),
  parkId: projectFields.parkId.default(null),
  parcelId: projectFields.parcelId.default(null),
  buildingId: projectFields.buildingId.default(null),
  totalInvestmentYuan: projectFields.totalInvestmentYuan.default(null),
  leaderInChargeId: projectFields.leaderInChargeId.default(null),
  signedOn: projectFields.signedOn.default(null),
  description: projectFields.description.default(null),
  phases: z.array(phaseInput).max(10).default([]),
  template: z.boolean().default(true),
  /** 责任人 of the template's checklist items (each can be reassigned later). */
  checklistOwnerId: id.nullable().default(null),
});
export type CreateProjectBody = z.infer<typeof createProjectBody>;

export const updateProjectBody = z.strictObject({
  version: z.number().int().min(1),
  name: projectFields.name.optional(),
  kind: projectFields.kind.optional(),
  isTransformation: projectFields.isTransformation.optional(),
  enterpriseId: projectFields.enterpriseId.optional(),
  parkId: projectFields.parkId.optional(),
  parcelId: projectFields.parcelId.optional(),
  buildingId: projectFields.buildingId.optional(),
  totalInvestmentYuan: projectFields.totalInvestmentYuan.optional(),
  taskForceId: projectFields.taskForceId.optional(),
  leaderInChargeId: projectFields.leaderInChargeId.optional(),
  signedOn: projectFields.signedOn.optional(),
  description: projectFields.description.optional(),
  /** The whole list: phases not named are removed (their milestones keep no phase). */
  phases: z.array(phaseInput).max(10).optional(),
});
export type UpdateProjectBody = z.infer<typeof updateProjectBody>;

/**
 * 转为项目: what the dialog confirms. The task force (the lead's unless another is chosen), the
 * leader in charge (包联领导, required: a handed-over project is never leaderless) and the owner of
 * the template's checklist items, each checked as the create route checks them.
 */
export const handoverBody = z.strictObject({
  code: z.string().trim().min(1).max(40).optional(),
  kind: z.enum(PROJECT_KINDS).default('new'),
  isTransformation: z.boolean().default(false),
  taskForceId: id.optional(),
  leaderInChargeId: id,
  checklistOwnerId: id.nullable().default(null),
  template: z.boolean().default(true),
});
export type HandoverBody = z.infer<typeof handoverBody>;

export const projectFilterQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  ragStatus: z.enum(RAG_STATUSES).optional(),
  stage: z.enum(PROJECT_STAGES).optional(),
  taskForceId: id.optional(),
  parkId: id.optional(),
  kind: z.enum(PROJECT_KINDS).optional(),
  transformation: z.enum(['true', 'false']).optional(),
});
export type ProjectFilter = z.infer<typeof projectFilterQuery>;

export const projectListQuery = listQuery(['updatedAt', 'code', 'dueSoon', 'totalInvestmentYuan'], 'updatedAt').extend(
  projectFilterQuery.omit({ q: true }).shape,
);
export type ProjectListQuery = z.infer<typeof projectListQuery>;
