import type { projectPortfolio as zh } from '../zh-CN/project-portfolio';

export const projectPortfolio: Record<keyof typeof zh, string> = {
  'menu.projects.portfolio': 'Portfolio',
};
