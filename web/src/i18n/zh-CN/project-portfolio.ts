export const projectPortfolio = {
  'menu.projects.portfolio': '项目总览',
};
