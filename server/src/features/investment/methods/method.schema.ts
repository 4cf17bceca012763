import { z } from 'zod';
import type { MethodRow } from './method.repository.js';

export const methodSchema = z.object({
  id: z.string(),
  name: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  /** How many of the zone's leads use it: a method in use can be deactivated, never deleted. */
  leadCount: z.number().int(),
});
export type MethodView = z.infer<typeof methodSchema>;

export const toMethodView = (row: MethodRow): MethodView => ({
  id: row.id,
  name: row.name,
  sortOrder: row.sortOrder,
  active: row.active === 1,
  leadCount: row.leadCount,
});

const name = z.string().trim().min(1).max(50);
const sortOrder = z.number().int().min(0).max(100_000);

export const createMethodBody = z.strictObject({
  name,
  sortOrder: sortOrder.optional(),
  active: z.boolean().optional(),
});
export type CreateMethodInput = z.infer<typeof createMethodBody>;

export const updateMethodBody = z.strictObject({
  name: name.optional(),
  sortOrder: sortOrder.optional(),
  active: z.boolean().optional(),
});
export type UpdateMethodInput = z.infer<typeof updateMethodBody>;
