import type { projectMeetings as zh } from '../zh-CN/project-meetings';

export const projectMeetings: Record<keyof typeof zh, string> = {
  'menu.projects.meetings': 'Dispatch meetings',
  'permission.meeting.view': 'View dispatch meetings',
  'permission.meeting.manage': 'Hold dispatch meetings (agenda, action items, minutes)',
};
