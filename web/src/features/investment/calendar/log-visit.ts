import type { ActivityKind } from '@zonehub/investment-rules';
import type { ActivityInput } from '../leads/moves.api';

/** The log-visit form's values (dates as YYYY-MM-DD; empty text fields are left out). */
export interface LogVisitValues {
  kind: ActivityKind;
  leadId?: string | null;
  taskForceId?: string | null;
  subject: string;
  happenedOn: string;
  endsOn?: string | null;
  city?: string | null;
  participants?: string | null;
  counterparts?: string | null;
  notes?: string | null;
}

/** Form field names, to match the server's field errors (they use the same names). */
export const LOG_VISIT_FIELDS = [
  'kind',
  'leadId',
  'taskForceId',
  'subject',
  'happenedOn',
  'endsOn',
  'city',
  'participants',
  'counterparts',
  'notes',
] as const;

const text = (value: string | null | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * POST /activities body: with a lead the lead's task force is used (the server takes it from the
 * lead), without one the chosen task force; a one-day visit sends no end date.
 */
export function toActivityInput(values: LogVisitValues): ActivityInput {
  const leadId = text(values.leadId);
  const taskForceId = leadId ? undefined : text(values.taskForceId);
  const endsOn = values.endsOn && values.endsOn !== values.happenedOn ? values.endsOn : undefined;
  const input: ActivityInput = { kind: values.kind, subject: values.subject.trim(), happenedOn: values.happenedOn };
  const optional = {
    leadId,
    taskForceId,
    endsOn,
    city: text(values.city),
    participants: text(values.participants),
    counterparts: text(values.counterparts),
    notes: text(values.notes),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(input, { [key]: value });
  }
  return input;
}
