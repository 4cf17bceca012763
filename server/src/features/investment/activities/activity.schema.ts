import { ACTIVITY_KINDS } from '@zonehub/investment-rules';
import { z } from 'zod';
import { day } from '../../../http/day-schema.js';
import { listQuery } from '../../../http/pagination.js';
import type { LeadActivityRow } from '../investment.table.js';

const id = z.string().min(1).max(64);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** The timeline and the calendar: `from`/`to` pick activities whose days overlap that range. */
export const activityListQuery = listQuery(['happenedOn', 'createdAt'], 'happenedOn').extend({
  order: z.enum(['asc', 'desc']).default('desc'),
  leadId: id.optional(),
  taskForceId: id.optional(),
  kind: z.enum(ACTIVITY_KINDS).optional(),
  from: day.optional(),
  to: day.optional(),
});
export type ActivityListQuery = z.infer<typeof activityListQuery>;

const editable = {
  kind: z.enum(ACTIVITY_KINDS),
  subject: z.string().trim().min(1).max(200),
  happenedOn: day,
  endsOn: day.nullable().optional(),
  city: optionalText(80),
  participants: optionalText(500),
  counterparts: optionalText(500),
  notes: optionalText(4000),
};

/** A lead's activity takes the lead's task force; a study trip without a lead names its task force. */
export const createActivityBody = z.strictObject({
  ...editable,
  leadId: id.optional(),
  taskForceId: id.optional(),
});
export type CreateActivityInput = z.infer<typeof createActivityBody>;

export const updateActivityBody = z.strictObject({
  kind: editable.kind.optional(),
  subject: editable.subject.optional(),
  happenedOn: editable.happenedOn.optional(),
  endsOn: editable.endsOn,
  city: editable.city,
  participants: editable.participants,
  counterparts: editable.counterparts,
  notes: editable.notes,
});
export type UpdateActivityInput = z.infer<typeof updateActivityBody>;

export const activitySchema = z.object({
  id: z.string(),
  leadId: z.string().nullable(),
  leadName: z.string().nullable(),
  leadCode: z.string().nullable(),
  taskForceId: z.string(),
  taskForceName: z.string().nullable(),
  kind: z.enum(ACTIVITY_KINDS),
  subject: z.string(),
  happenedOn: z.string(),
  endsOn: z.string().nullable(),
  city: z.string().nullable(),
  participants: z.string().nullable(),
  counterparts: z.string().nullable(),
  notes: z.string().nullable(),
  recordedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type ActivityView = z.infer<typeof activitySchema>;

export type ActivityViewRow = LeadActivityRow & {
  leadName: string | null;
  leadCode: string | null;
  taskForceName: string | null;
  recorderName: string | null;
};

export function toActivityView(row: ActivityViewRow): ActivityView {
  return {
    id: row.id,
    leadId: row.leadId,
    leadName: row.leadName,
    leadCode: row.leadCode,
    taskForceId: row.taskForceId,
    taskForceName: row.taskForceName,
    kind: row.kind,
    subject: row.subject,
    happenedOn: row.happenedOn,
    endsOn: row.endsOn,
    city: row.city,
    participants: row.participants,
    counterparts: row.counterparts,
    notes: row.notes,
    recordedBy: row.recordedBy ? { id: row.recordedBy, name: row.recorderName ?? '' } : null,
    createdAt: row.createdAt,
  };
}
