export const projectInvestment = {
  'menu.projects.investment': '投资完成',
};
