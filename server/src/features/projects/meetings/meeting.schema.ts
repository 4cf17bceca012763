import { z } from 'zod';
import { day } from '../../../http/day-schema.js';
import { pageResult } from '../../../http/pagination.js';

/** Inputs and outputs of dispatch meetings (调度会). Dates YYYY-MM-DD in the zone, times HH:mm. */
const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'annual'] as const;
export const OUTCOME_KINDS = ['info', 'decision', 'action'] as const;
export const PLACE_KINDS = ['office', 'firm', 'site'] as const;

export const seriesParams = z.strictObject({ seriesId: id });
export const meetingParams = z.strictObject({ meetingId: id });
export const outcomeParams = z.strictObject({ outcomeId: id });
export const projectParams = z.strictObject({ projectId: id });

export const createSeriesBody = z.strictObject({
  name: text(100),
  cadence: z.enum(CADENCES),
  taskForceId: id.nullable().default(null),
  chairId: id.nullable().default(null),
  defaultPlace: text(200).nullable().default(null),
});
export type CreateSeriesBody = z.infer<typeof createSeriesBody>;

export const updateSeriesBody = z.strictObject({
  version: z.number().int().min(1),
  name: text(100).optional(),
  cadence: z.enum(CADENCES).optional(),
  chairId: id.nullable().optional(),
  defaultPlace: text(200).nullable().optional(),
  isActive: z.boolean().optional(),
});
export type UpdateSeriesBody = z.infer<typeof updateSeriesBody>;

const attendee = z.strictObject({
  userId: id.nullable().default(null),
  /** Required for an outside attendee; a platform user's display name is used when left out. */
  name: text(100).nullable().default(null),
  organization: text(100).nullable().default(null),
});
const agendaItem = z.strictObject({
  /** An existing item's id keeps it (and its outcomes) when the agenda is edited. */
  id: id.optional(),
  topic: text(300),
  projectId: id.nullable().default(null),
});

const meetingFields = {
  heldOn: day,
  startsAt: time.nullable().default(null),
  place: text(200).nullable().default(null),
  /** office, firm or site; when left out, onSite picks firm or office (onSite follows placeKind). */
  placeKind: z.enum(PLACE_KINDS).optional(),
  onSite: z.boolean().default(false),
  siteEnterpriseId: id.nullable().default(null),
  summary: z.string().trim().max(4000).nullable().default(null),
};

export const createMeetingBody = z.strictObject({
  ...meetingFields,
  attendees: z.array(attendee).max(100).default([]),
  agenda: z.array(agendaItem).max(50).default([]),
});
export type CreateMeetingBody = z.infer<typeof createMeetingBody>;

export const updateMeetingBody = z.strictObject({
  version: z.number().int().min(1),
  heldOn: day.optional(),
  startsAt: time.nullable().optional(),
  place: text(200).nullable().optional(),
  placeKind: z.enum(PLACE_KINDS).optional(),
  onSite: z.boolean().optional(),
  siteEnterpriseId: id.nullable().optional(),
  summary: z.string().trim().max(4000).nullable().optional(),
  attendees: z.array(attendee).max(100).optional(),
  agenda: z.array(agendaItem).max(50).optional(),
});
export type UpdateMeetingBody = z.infer<typeof updateMeetingBody>;

export const createOutcomeBody = z.strictObject({
  kind: z.enum(OUTCOME_KINDS),
  text: text(1000),
  agendaItemId: id.nullable().default(null),
  projectId: id.nullable().default(null),
  ownerId: id.nullable().default(null),
  dueOn: day.nullable().default(null),
});
export type CreateOutcomeBody = z.infer<typeof createOutcomeBody>;

export const updateOutcomeBody = z.strictObject({
  version: z.number().int().min(1),
  text: text(1000).optional(),
  agendaItemId: id.nullable().optional(),
  projectId: id.nullable().optional(),
  ownerId: id.nullable().optional(),
  dueOn: day.nullable().optional(),
  result: text(2000).optional(),
});
export type UpdateOutcomeBody = z.infer<typeof updateOutcomeBody>;

export const closeOutcomeBody = z.strictObject({
  /** Checked by the close rule (meeting.resultRequired), not here: an empty result is a 422 of its own. */
  result: z.string().max(2000),
  closedOn: day.optional(),
  /** The meeting of the series at which it was closed. */
  meetingId: id.optional(),
  version: z.number().int().min(1).optional(),
});
export type CloseOutcomeBody = z.infer<typeof closeOutcomeBody>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const actionsQuery = z.strictObject({
  status: z.enum(['open', 'closed']).optional(),
  ownerId: id.optional(),
  projectId: id.optional(),
  seriesId: id.optional(),
  overdue: flag.optional(),
  /** Shorthand for ownerId = the caller. */
  mine: flag.optional(),
});
export type ActionsQuery = z.infer<typeof actionsQuery>;

export const meetingsQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const seriesSchema = z.object({
  id: z.string(),
  name: z.string(),
  cadence: z.enum(CADENCES),
  taskForceId: z.string().nullable(),
  taskForceName: z.string().nullable(),
  chairId: z.string().nullable(),
  chairName: z.string().nullable(),
  defaultPlace: z.string().nullable(),
  isActive: z.boolean(),
  meetingCount: z.number(),
  lastHeldOn: z.string().nullable(),
  /** When the next meeting falls due by the cadence (first working day of the next period). */
  nextDueOn: z.string().nullable(),
  openActions: z.number(),
  overdueActions: z.number(),
  canManage: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
});
export type Series = z.infer<typeof seriesSchema>;
export const seriesListSchema = z.object({ items: z.array(seriesSchema) });

export const meetingSummarySchema = z.object({
  id: z.string(),
  seriesId: z.string(),
  heldOn: z.string(),
  startsAt: z.string().nullable(),
  place: z.string().nullable(),
  placeKind: z.enum(PLACE_KINDS),
  onSite: z.boolean(),
  siteEnterpriseName: z.string().nullable(),
  agendaCount: z.number(),
  actionsRaised: z.number(),
  /** Actions raised at this meeting that are still open today. */
  openActions: z.number(),
});
export const meetingPageSchema = pageResult(meetingSummarySchema);

export const outcomeSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  seriesId: z.string(),
  agendaItemId: z.string().nullable(),
  projectId: z.string().nullable(),
  projectName: z.string().nullable(),
  kind: z.enum(OUTCOME_KINDS),
  text: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  result: z.string().nullable(),
  closedOn: z.string().nullable(),
  closedByName: z.string().nullable(),
  closedInMeetingId: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

/** An action item with where it was raised and its age: carried over, or in a list across series. */
export const actionSchema = outcomeSchema.extend({
  seriesName: z.string(),
  raisedOn: z.string(),
  /** Working days from the meeting that raised it to the meeting at hand (or to today in lists). */
  ageWorkdays: z.number(),
  overdue: z.boolean(),
  canManage: z.boolean(),
});
export type Action = z.infer<typeof actionSchema>;
export const actionListSchema = z.object({ today: z.string(), items: z.array(actionSchema) });

export const meetingDetailSchema = z.object({
  id: z.string(),
  series: seriesSchema,
  heldOn: z.string(),
  startsAt: z.string().nullable(),
  place: z.string().nullable(),
  placeKind: z.enum(PLACE_KINDS),
  onSite: z.boolean(),
  siteEnterpriseId: z.string().nullable(),
  siteEnterpriseName: z.string().nullable(),
  summary: z.string().nullable(),
  attendees: z.array(
    z.object({ id: z.string(), userId: z.string().nullable(), name: z.string(), organization: z.string().nullable() }),
  ),
  agenda: z.array(
    z.object({
      id: z.string(),
      seq: z.number(),
      topic: z.string(),
      projectId: z.string().nullable(),
      projectName: z.string().nullable(),
    }),
  ),
  outcomes: z.array(outcomeSchema),
  /** Open actions raised at earlier meetings of the series (and those closed at this one), with their age. */
  carriedOver: z.array(actionSchema),
  canManage: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

export const projectMeetingsSchema = z.object({
  meetings: z.array(
    meetingSummarySchema.extend({ seriesName: z.string(), cadence: z.enum(CADENCES), topics: z.array(z.string()) }),
  ),
  actions: z.array(actionSchema),
});

export const meetingOptionsSchema = z.object({
  taskForces: z.array(z.object({ id: z.string(), name: z.string() })),
  /** searchKeys: the name's pinyin and initials (one per line), for the pickers' pinyin search. */
  people: z.array(
    z.object({ id: z.string(), displayName: z.string(), searchKeys: z.string(), taskForceIds: z.array(z.string()) }),
  ),
  projects: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      searchKeys: z.string(),
      taskForceId: z.string(),
      enterpriseId: z.string().nullable(),
      enterpriseName: z.string().nullable(),
    }),
  ),
});
