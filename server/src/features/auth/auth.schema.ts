import { PERMISSIONS, ROLES } from '@zonehub/access';
import { z } from 'zod';

export const roleSchema = z.enum(ROLES);

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const switchZoneBody = z.strictObject({ zoneId: z.string().min(1).max(64) });

const menuEntry: z.ZodType<{ key: string; path: string; children?: { key: string; path: string }[] }> = z.object({
  key: z.string(),
  path: z.string(),
  children: z.array(z.object({ key: z.string(), path: z.string() })).optional(),
});

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    mustChangePassword: z.boolean(),
    systemAdmin: z.boolean(),
    enterpriseId: z.string().nullable(),
  }),
  role: roleSchema.nullable(),
  zone: z.object({ id: z.string(), code: z.string(), name: z.string(), isDemo: z.boolean() }).nullable(),
  zones: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), role: roleSchema })),
  permissions: z.array(z.enum(PERMISSIONS)),
  menu: z.array(menuEntry),
  csrfToken: z.string(),
  session: z.object({ idleTimeoutSeconds: z.number().int(), expiresAt: z.string() }),
});

export type Me = z.infer<typeof meSchema>;
