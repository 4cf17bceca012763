import type { notifications as zh } from '../zh-CN/notifications';

export const notifications: Record<keyof typeof zh, string> = {
  'notifications.title': 'Notifications',
};
