import type { notifications as zh } from '../zh-CN/notifications';

export const notifications: Record<keyof typeof zh, string> = {
  'notifications.title': 'Notifications',
  'notifications.bell': 'Notifications',
  'notifications.latest': 'Latest',
  'notifications.all': 'All notifications',
  'notifications.readAll': 'Mark all read',
  'notifications.readAllDone': 'Marked {{count}} notifications read',
  'notifications.empty': 'No notifications',
  'notifications.emptyUnread': 'No unread notifications',
  'notifications.filter.all': 'All',
  'notifications.filter.unread': 'Unread',
  'notifications.unread': 'Unread',
  'notifications.total': '{{total}} in all',
  'notifications.kind.milestoneDueSoon':
    '{{projectName}}: milestone “{{itemName}}” is due on {{dueOn}}, {{days}} working day(s) left',
  'notifications.kind.milestoneOverdue':
    '{{projectName}}: milestone “{{itemName}}” is {{days}} working day(s) overdue (due {{dueOn}})',
  'notifications.kind.milestoneEscalated':
    'Escalated: {{projectName}}, which you are in charge of — “{{itemName}}” is {{days}} working day(s) overdue (due {{dueOn}}), owner {{ownerName}}',
  'notifications.kind.milestoneEscalated.noOwner':
    'Escalated: {{projectName}}, which you are in charge of — “{{itemName}}” is {{days}} working day(s) overdue (due {{dueOn}}), no owner yet',
  'notifications.kind.actionAssigned': '{{meetingTitle}} assigned you “{{itemName}}”, due {{dueOn}}',
  'notifications.kind.actionAssigned.noDue': '{{meetingTitle}} assigned you “{{itemName}}”',
  'notifications.kind.actionDueSoon':
    'Action “{{itemName}}” from {{meetingTitle}} is due on {{dueOn}}, {{days}} working day(s) left',
  'notifications.kind.actionOverdue':
    'Action “{{itemName}}” from {{meetingTitle}} is {{days}} working day(s) overdue (due {{dueOn}})',
  'notifications.label.milestoneDueSoon': 'Due soon',
  'notifications.label.milestoneOverdue': 'Overdue',
  'notifications.label.milestoneEscalated': 'Escalated',
  'notifications.label.actionAssigned': 'Assigned',
  'notifications.label.actionDueSoon': 'Action due soon',
  'notifications.label.actionOverdue': 'Action overdue',
  'notifications.kind.accountLocked':
    'Account “{{displayName}}” ({{username}}) was locked for {{minutes}} minutes after {{attempts}} failed sign-ins; check whether someone is trying to break in',
  'notifications.label.accountLocked': 'Account locked',
};
