import { STAGES } from '@zonehub/investment-rules';
import { z } from 'zod';
import { day } from '../../../http/day-schema.js';
import { listQuery } from '../../../http/pagination.js';

/** What clients send about leads: the editable fields, the list's filters and the other queries. */

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max);
const amount = z.number().finite().min(0).max(1e13);
const optionalText = (max: number) => text(max).nullable().optional();

const editable = {
  name: text(120).min(1),
  investorName: text(120).min(1),
  investorUscc: z
    .string()
    .trim()
    .regex(/^[0-9A-Z]{18}$/, '18 characters, digits and capital letters')
    .nullable()
    .optional(),
  investorRegion: optionalText(40),
  investorProvince: optionalText(40),
  investorCity: optionalText(40),
  industryCode: z.string().trim().max(8).nullable().optional(),
  chainName: optionalText(80),
  plannedInvestmentYuan: amount.nullable().optional(),
  expectedOutputYuan: amount.nullable().optional(),
  expectedTaxYuan: amount.nullable().optional(),
  expectedJobs: z.number().int().min(0).max(10_000_000).nullable().optional(),
  landDemandMu: z.number().finite().min(0).max(1e7).nullable().optional(),
  energyDemandTce: z.number().finite().min(0).max(1e9).nullable().optional(),
  methodId: id.nullable().optional(),
  sourcePerson: optionalText(80),
  ownerId: id.nullable().optional(),
  taskForceId: id,
  targetParkId: id.nullable().optional(),
  description: optionalText(4000),
  registeredOn: day.optional(),
};

export const createLeadBody = z.strictObject(editable);
export type CreateLeadInput = z.infer<typeof createLeadBody>;

export const updateLeadBody = z.strictObject({
  ...editable,
  name: editable.name.optional(),
  investorName: editable.investorName.optional(),
  taskForceId: id.optional(),
  version: z.number().int().min(1),
});
export type UpdateLeadInput = z.infer<typeof updateLeadBody>;

export const LEAD_SORTS = ['updatedAt', 'registeredOn', 'code', 'plannedInvestmentYuan', 'stageEnteredOn'] as const;

/** The list's filters, shared by the list, the board, the export and saved filters. */
const filters = {
  stage: z.enum(STAGES).optional(),
  taskForceId: id.optional(),
  ownerId: id.optional(),
  targetParkId: id.optional(),
  methodId: id.optional(),
  investorRegion: text(40).optional(),
  industryCode: text(8).optional(),
  registeredFrom: day.optional(),
  registeredTo: day.optional(),
  reminder: z.enum(['idle', 'stale', 'any']).optional(),
};

const base = listQuery(LEAD_SORTS, 'updatedAt');
/** `order` left out means newest first for dates and amounts, A→Z for codes. */
export const leadListQuery = base.extend({ ...filters, order: z.enum(['asc', 'desc']).optional() });
export type LeadListQuery = z.infer<typeof leadListQuery>;
export type LeadFilter = Omit<LeadListQuery, 'page' | 'pageSize'>;

export const leadFilterQuery = base.omit({ page: true, pageSize: true }).extend({
  ...filters,
  order: z.enum(['asc', 'desc']).optional(),
});

export const leadBoardQuery = leadFilterQuery.extend({
  perPool: z.coerce.number().int().min(1).max(100).default(20),
});
export type LeadBoardQuery = z.infer<typeof leadBoardQuery>;

export const duplicatesQuery = z.strictObject({
  investorName: text(120).min(1),
  investorUscc: text(18).optional(),
  excludeId: id.optional(),
});

export const savedFilterBody = z.strictObject({
  name: text(40).min(1),
  query: leadFilterQuery,
});

export const savedFilterSchema = z.object({
  id: z.string(),
  name: z.string(),
  query: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type SavedFilterView = z.infer<typeof savedFilterSchema>;
