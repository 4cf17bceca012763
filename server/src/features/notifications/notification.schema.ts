import { z } from 'zod';
import { pageResult } from '../../http/pagination.js';
import { NOTIFICATION_KINDS } from './notify.js';

export const notificationListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  /** true: only unread ones (the bell's dropdown and the page's filter). */
  unread: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const notificationParams = z.strictObject({ id: z.string().min(1).max(64) });

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  /** Rendered by the web app in the reader's language (notifications.kind.<kind>). */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type NotificationView = z.infer<typeof notificationSchema>;

export const notificationListSchema = pageResult(notificationSchema);
export const unreadCountSchema = z.object({ unread: z.number().int() });
export const readAllSchema = z.object({ marked: z.number().int() });
