import { z } from 'zod';
import { day } from '../../http/day-schema.js';

/** Inputs of the milestone checklist (docs/design/projects.md, "API"). */
const id = z.string().min(1).max(64);

export const createMilestoneBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  phaseId: id.nullable().default(null),
  ownerId: id.nullable().default(null),
  plannedStartOn: day,
  dueOn: day,
  notes: z.string().trim().max(4000).nullable().default(null),
  predecessorIds: z.array(id).max(50).default([]),
});
export type CreateMilestoneBody = z.infer<typeof createMilestoneBody>;

/** What an item's owner may change; everything else needs the project's task force. */
export const OWNER_FIELDS = ['version', 'actualStartOn', 'actualDoneOn', 'notes'] as const;

export const updateMilestoneBody = z.strictObject({
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(200).optional(),
  phaseId: id.nullable().optional(),
  ownerId: id.nullable().optional(),
  plannedStartOn: day.optional(),
  dueOn: day.optional(),
  actualStartOn: day.nullable().optional(),
  actualDoneOn: day.nullable().optional(),
  notes: z.string().trim().max(4000).nullable().optional(),
});
export type UpdateMilestoneBody = z.infer<typeof updateMilestoneBody>;

export const predecessorsBody = z.strictObject({ predecessorIds: z.array(id).max(50) });

export const milestoneParams = z.strictObject({ id, milestoneId: id });
