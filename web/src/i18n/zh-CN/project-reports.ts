export const projectReports = {
  'menu.projects.reports': '调度报告',
  'permission.project.report': '查看总览与生成报告',
};
