import type { projectReports as zh } from '../zh-CN/project-reports';

export const projectReports: Record<keyof typeof zh, string> = {
  'menu.projects.reports': 'Reports',
  'permission.project.report': 'View the portfolio and generate reports',
};
