import type { projectInvestment as zh } from '../zh-CN/project-investment';

export const projectInvestment: Record<keyof typeof zh, string> = {
  'menu.projects.investment': 'Investment completed',
};
