import { z } from 'zod';
import { pageResult } from '../../../http/pagination.js';

/** Inputs and outputs of leaders' instructions (批示). Times are ISO instants (UTC); the web shows them in the zone. */
const id = z.string().min(1).max(64);

/** What an instruction is written on; a notification is resolved to the item it tells about. */
export const TARGET_TYPES = ['project', 'milestone', 'actionItem'] as const;
export const WRITE_TARGET_TYPES = [...TARGET_TYPES, 'notification'] as const;

export const instructionParams = z.strictObject({ instructionId: id });
export const projectParams = z.strictObject({ projectId: id });

export const createInstructionBody = z.strictObject({
  targetType: z.enum(WRITE_TARGET_TYPES),
  targetId: id,
  text: z.string().trim().min(1).max(2000),
});
export type CreateInstructionBody = z.infer<typeof createInstructionBody>;

export const acknowledgeBody = z.strictObject({
  /** What the recipient answers (e.g. 已安排，本周内完成); optional. */
  reply: z.string().trim().min(1).max(1000).nullable().default(null),
});
export type AcknowledgeBody = z.infer<typeof acknowledgeBody>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const listQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  /** Received only: those the caller has not acknowledged yet. */
  pending: flag.optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

const receiptSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  readAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  reply: z.string().nullable(),
});

export const instructionSchema = z.object({
  id: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  targetType: z.enum(TARGET_TYPES),
  targetId: z.string(),
  /** The target's name when the instruction was written. */
  targetName: z.string(),
  projectId: z.string().nullable(),
  projectName: z.string().nullable(),
  viaNotificationId: z.string().nullable(),
  /** The web page of the target (the project, or the meeting that raised the action item). */
  link: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
  recipients: z.array(receiptSchema),
  /** The caller's own receipt when the instruction is addressed to them. */
  mine: receiptSchema.nullable(),
});
export type Instruction = z.infer<typeof instructionSchema>;
export type Receipt = z.infer<typeof receiptSchema>;

export const instructionPageSchema = pageResult(instructionSchema);
export const instructionListSchema = z.object({ items: z.array(instructionSchema) });
