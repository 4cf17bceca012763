import { SCREENING_VERDICTS, STAGES } from '@zonehub/investment-rules';
import { z } from 'zod';
import { day } from '../../../http/day-schema.js';
import type { LeadAccessScreeningTable } from '../investment.table.js';
import type { ScreeningView } from '../leads/lead.schema.js';

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);
const yuan = z.number().finite().min(0).max(1e13);

/** A move's body: where to, the version the caller saw, and the evidence the gate of that pool asks for. */
export const moveBody = z.strictObject({
  to: z.enum(STAGES),
  version: z.number().int().min(1),
  effectiveOn: day.optional(),
  reason: z.string().trim().max(500).optional(),
  signedOn: day.optional(),
  signedAmountYuan: yuan.optional(),
  contractAttachmentId: id.optional(),
  enterpriseId: id.optional(),
  newEnterprise: z
    .strictObject({
      name: text(200),
      uscc: z.string().trim().min(1).max(40),
      /** Left out: the park of the site it lands on, else the lead's target park. */
      parkId: id.optional(),
      /** The enterprise's contact person, kept as its primary contact. */
      contactName: z.string().trim().max(50).optional(),
      contactPhone: z.string().trim().max(40).optional(),
    })
    .optional(),
  parcelId: id.optional(),
  buildingId: id.optional(),
  /** The floor area the enterprise takes in the building (its occupancy), m². */
  buildingAreaM2: z.number().finite().positive().max(1e9).optional(),
});
export type MoveInput = z.infer<typeof moveBody>;

export const undoBody = z.strictObject({
  version: z.number().int().min(1),
  reason: text(500),
});
export type UndoInput = z.infer<typeof undoBody>;

export const screeningBody = z.strictObject({
  verdict: z.enum(SCREENING_VERDICTS),
  reasons: text(2000),
  conditions: z.string().trim().max(2000).optional(),
  /** A person or a body, e.g. 环保服务所 王工. */
  decidedBy: text(100),
  decidedOn: day,
});
export type ScreeningInput = z.infer<typeof screeningBody>;

export type ScreeningRowWithRecorder = LeadAccessScreeningTable & { recorderName: string | null };

export function toScreeningView(row: ScreeningRowWithRecorder): ScreeningView {
  return {
    id: row.id,
    verdict: row.verdict,
    reasons: row.reasons,
    conditions: row.conditions,
    decidedBy: row.decidedBy,
    decidedOn: row.decidedOn,
    recordedBy: row.recordedBy && row.recorderName ? { id: row.recordedBy, name: row.recorderName } : null,
    createdAt: row.createdAt,
  };
}
