import { PROJECT_STAGES } from '@zonehub/project-rules';
import { z } from 'zod';
import { projectSummarySchema, RAG_STATUSES } from '../project.schema.js';

/** API shapes of the leaders' portfolio (docs/design/projects.md, "Portfolio"). */
const id = z.string().min(1).max(64);

export const portfolioQuery = z.strictObject({
  taskForceId: id.optional(),
  parkId: id.optional(),
  /** Narrows the table only: the counts and the task forces stay whole, so a card can be clicked back. */
  ragStatus: z.enum(RAG_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type PortfolioQuery = z.infer<typeof portfolioQuery>;

export const CHANGE_KINDS = ['projectRag', 'milestoneRag', 'stage', 'milestoneDone', 'dueMoved'] as const;

export const blockerSchema = z.object({
  milestoneId: z.string(),
  name: z.string(),
  ownerName: z.string().nullable(),
  dueOn: z.string(),
  ragStatus: z.enum(['red', 'amber']),
  slackWorkdays: z.number().int().nullable(),
});

export const portfolioItemSchema = projectSummarySchema.extend({
  /** Up to 3 open red or amber items, the least slack first. */
  blockers: z.array(blockerSchema),
  changesThisWeek: z.number().int(),
});
export type PortfolioItem = z.infer<typeof portfolioItemSchema>;

export const portfolioChangeSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  projectCode: z.string(),
  projectName: z.string(),
  milestoneId: z.string().nullable(),
  milestoneName: z.string().nullable(),
  kind: z.enum(CHANGE_KINDS),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** The zone's day of the change. */
  on: z.string(),
  at: z.string(),
  /** Null when the system changed it: a day passing, a calendar or settings change. */
  byUserId: z.string().nullable(),
  byName: z.string().nullable(),
});
export type PortfolioChange = z.infer<typeof portfolioChangeSchema>;

export const taskForceOverdueSchema = z.object({
  taskForceId: z.string(),
  name: z.string(),
  projects: z.number().int(),
  red: z.number().int(),
  amber: z.number().int(),
  /** Open items past due (red). */
  overdueItems: z.number().int(),
  /** Working days the longest-overdue open item is late; null when none is. */
  oldestOverdueWorkdays: z.number().int().nullable(),
});
export type TaskForceOverdue = z.infer<typeof taskForceOverdueSchema>;

export const portfolioSchema = z.object({
  today: z.string(),
  /** Monday of today's week: "this week" is from it. */
  weekStart: z.string(),
  counts: z.object({ red: z.number().int(), amber: z.number().int(), green: z.number().int(), done: z.number().int() }),
  byStage: z.object(
    Object.fromEntries(PROJECT_STAGES.map((s) => [s, z.number().int()])) as Record<
      (typeof PROJECT_STAGES)[number],
      z.ZodNumber
    >,
  ),
  overdueByTaskForce: z.array(taskForceOverdueSchema),
  recentChanges: z.array(portfolioChangeSchema),
  items: z.array(portfolioItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type Portfolio = z.infer<typeof portfolioSchema>;
