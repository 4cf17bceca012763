import { ROLES } from '@zonehub/access';
import { z } from 'zod';
import { listQuery } from '../../http/pagination.js';

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES).nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  orgUnitIds: z.array(z.string()),
  parkIds: z.array(z.string()),
  enterpriseId: z.string().nullable(),
  enterpriseName: z.string().nullable(),
  /** Only in the admin shapes: other users never see a person's number. */
  mobile: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  /**
   * Whether the caller may act on this account: false when the user also holds a role in a zone the
   * caller does not administer (or is a system admin and the caller is not).
   */
  manageable: z.boolean(),
});
export type UserView = z.infer<typeof userSchema>;

const ids = z.array(z.string().min(1).max(64)).max(50);

export const createUserBody = z.strictObject({
  username: z
    .string()
    .trim()
    .min(3)
    .max(32)
    .regex(/^[A-Za-z0-9_.-]+$/),
  displayName: z.string().trim().min(1).max(64),
  role: z.enum(ROLES),
  password: z.string().min(1).max(256),
  orgUnitIds: ids.optional(),
  parkIds: ids.optional(),
  enterpriseId: z.string().min(1).max(64).nullable().optional(),
  // The format is checked by the service, whose field error says what a mobile number looks like.
  mobile: z.string().trim().max(32).nullable().optional(),
});
export type CreateUserInput = z.infer<typeof createUserBody>;

export const updateUserBody = z.strictObject({
  displayName: z.string().trim().min(1).max(64).optional(),
  role: z.enum(ROLES).optional(),
  active: z.boolean().optional(),
  orgUnitIds: ids.optional(),
  parkIds: ids.optional(),
  enterpriseId: z.string().min(1).max(64).nullable().optional(),
  // The format is checked by the service, whose field error says what a mobile number looks like.
  mobile: z.string().trim().max(32).nullable().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserBody>;

export const resetPasswordBody = z.strictObject({ password: z.string().min(1).max(256) });

export const userListQuery = listQuery(['username', 'displayName', 'createdAt', 'lastLoginAt'], 'username').extend({
  role: z.enum(ROLES).optional(),
  orgUnitId: z.string().max(64).optional(),
});
export type UserListQuery = z.infer<typeof userListQuery>;
