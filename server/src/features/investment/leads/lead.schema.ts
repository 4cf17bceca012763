import {
  type DuplicateReason,
  type GateItem,
  POOLS,
  type Reminder,
  SCREENING_VERDICTS,
  STAGES,
  type Stage,
} from '@zonehub/investment-rules';
import { z } from 'zod';

/** The API shapes of leads (see docs/design/investment.md, "Shapes"); bodies and queries are in lead-input.schema.ts. */

export const reminderSchema = z.object({
  kind: z.enum(['idle', 'stale']),
  days: z.number().int(),
  limit: z.number().int(),
});

const person = z.object({ id: z.string(), name: z.string() }).nullable();

export const leadSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  stage: z.enum(STAGES),
  version: z.number().int(),
  investorName: z.string(),
  investorRegion: z.string().nullable(),
  investorProvince: z.string().nullable(),
  investorCity: z.string().nullable(),
  industryCode: z.string().nullable(),
  industryName: z.string().nullable(),
  chainName: z.string().nullable(),
  plannedInvestmentYuan: z.number().nullable(),
  signedAmountYuan: z.number().nullable(),
  methodId: z.string().nullable(),
  methodName: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  taskForceId: z.string(),
  taskForceName: z.string().nullable(),
  targetParkId: z.string().nullable(),
  targetParkName: z.string().nullable(),
  registeredOn: z.string(),
  stageEnteredOn: z.string(),
  lastActivityOn: z.string().nullable(),
  signedOn: z.string().nullable(),
  landedOn: z.string().nullable(),
  reminders: z.array(reminderSchema),
  updatedAt: z.string(),
});
export type LeadSummary = z.infer<typeof leadSummarySchema>;

export const screeningSchema = z.object({
  id: z.string(),
  verdict: z.enum(SCREENING_VERDICTS),
  reasons: z.string(),
  conditions: z.string().nullable(),
  decidedBy: z.string(),
  decidedOn: z.string(),
  recordedBy: person,
  createdAt: z.string(),
});
export type ScreeningView = z.infer<typeof screeningSchema>;

export const attachmentMetaSchema = z.object({
  id: z.string(),
  kind: z.enum(['contract', 'other']),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;

export const moveSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  kind: z.enum(['forward', 'drop', 'undo']),
  fromStage: z.enum(STAGES),
  toStage: z.enum(STAGES),
  effectiveOn: z.string(),
  reason: z.string().nullable(),
  evidence: z.record(z.string(), z.unknown()),
  undone: z.boolean(),
  undoesMoveId: z.string().nullable(),
  movedBy: person,
  movedAt: z.string(),
});
export type MoveView = z.infer<typeof moveSchema>;

const GATE_ITEMS = [
  'meeting',
  'signedOn',
  'signedAmount',
  'contractDocument',
  'screening',
  'screeningRejected',
  'enterprise',
  'site',
  'reason',
] as const satisfies readonly GateItem[];

export const leadDetailSchema = leadSummarySchema.extend({
  investorUscc: z.string().nullable(),
  expectedOutputYuan: z.number().nullable(),
  expectedTaxYuan: z.number().nullable(),
  expectedJobs: z.number().int().nullable(),
  landDemandMu: z.number().nullable(),
  energyDemandTce: z.number().nullable(),
  sourcePerson: z.string().nullable(),
  description: z.string().nullable(),
  contractAttachmentId: z.string().nullable(),
  landedEnterpriseId: z.string().nullable(),
  landedEnterpriseName: z.string().nullable(),
  landedParcelId: z.string().nullable(),
  landedParcelCode: z.string().nullable(),
  landedBuildingId: z.string().nullable(),
  landedBuildingName: z.string().nullable(),
  droppedReason: z.string().nullable(),
  droppedFromStage: z.string().nullable(),
  projectId: z.string().nullable(),
  createdAt: z.string(),
  screenings: z.array(screeningSchema),
  attachments: z.array(attachmentMetaSchema),
  moves: z.array(moveSchema),
  gate: z.object({ nextPool: z.enum(POOLS).nullable(), missing: z.array(z.enum(GATE_ITEMS)) }),
  canUndo: z.boolean(),
  canEdit: z.boolean(),
});
export type LeadDetail = z.infer<typeof leadDetailSchema>;

export const DUPLICATE_REASONS = [
  'uscc',
  'sameName',
  'samePinyin',
  'contains',
  'similar',
] as const satisfies readonly DuplicateReason[];

export const duplicateMatchSchema = z.object({
  leadId: z.string().nullable(),
  code: z.string(),
  name: z.string().nullable(),
  investorName: z.string(),
  stage: z.enum(STAGES).nullable(),
  taskForceName: z.string().nullable(),
  reason: z.enum(DUPLICATE_REASONS),
  visible: z.boolean(),
});
export type DuplicateMatch = z.infer<typeof duplicateMatchSchema>;

/** A lead row joined with the names a summary shows (see lead.repository.ts, SUMMARY_COLUMNS). */
export interface LeadSummaryRow {
  id: string;
  code: string;
  name: string;
  stage: Stage;
  version: number;
  investorName: string;
  investorRegion: string | null;
  investorProvince: string | null;
  investorCity: string | null;
  industryCode: string | null;
  industryName: string | null;
  chainName: string | null;
  plannedInvestmentYuan: number | null;
  signedAmountYuan: number | null;
  methodId: string | null;
  methodName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  taskForceId: string;
  taskForceName: string | null;
  targetParkId: string | null;
  targetParkName: string | null;
  registeredOn: string;
  stageEnteredOn: string;
  lastActivityOn: string | null;
  signedOn: string | null;
  landedOn: string | null;
  updatedAt: string;
}

const num = (n: number | null) => (n === null ? null : Number(n));

export function toLeadSummary(row: LeadSummaryRow, reminders: Reminder[]): LeadSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    stage: row.stage,
    version: Number(row.version),
    investorName: row.investorName,
    investorRegion: row.investorRegion,
    investorProvince: row.investorProvince,
    investorCity: row.investorCity,
    industryCode: row.industryCode,
    industryName: row.industryName,
    chainName: row.chainName,
    plannedInvestmentYuan: num(row.plannedInvestmentYuan),
    signedAmountYuan: num(row.signedAmountYuan),
    methodId: row.methodId,
    methodName: row.methodName,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    taskForceId: row.taskForceId,
    taskForceName: row.taskForceName,
    targetParkId: row.targetParkId,
    targetParkName: row.targetParkName,
    registeredOn: row.registeredOn,
    stageEnteredOn: row.stageEnteredOn,
    lastActivityOn: row.lastActivityOn,
    signedOn: row.signedOn,
    landedOn: row.landedOn,
    reminders,
    updatedAt: row.updatedAt,
  };
}
