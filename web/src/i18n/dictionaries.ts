import { admin as enAdmin } from './en-US/admin';
import { audit as enAudit } from './en-US/audit';
import { auth as enAuth } from './en-US/auth';
import { common as enCommon } from './en-US/common';
import { enterpriseImport as enEnterpriseImport } from './en-US/enterprise-import';
import { enterpriseSelf as enEnterpriseSelf } from './en-US/enterprise-self';
import { enterprises as enEnterprises } from './en-US/enterprises';
import { fourAbove as enFourAbove } from './en-US/four-above';
import { home as enHome } from './en-US/home';
import { investmentContest as enInvestmentContest } from './en-US/investment-contest';
import { investmentLeads as enInvestmentLeads } from './en-US/investment-leads';
import { land as enLand } from './en-US/land';
import { notifications as enNotifications } from './en-US/notifications';
import { projectAgency as enProjectAgency } from './en-US/project-agency';
import { projectInstructions as enProjectInstructions } from './en-US/project-instructions';
import { projectInvestment as enProjectInvestment } from './en-US/project-investment';
import { projectMeetings as enProjectMeetings } from './en-US/project-meetings';
import { projectPortfolio as enProjectPortfolio } from './en-US/project-portfolio';
import { projectReports as enProjectReports } from './en-US/project-reports';
import { projects as enProjects } from './en-US/projects';
import type { Locale } from './locale';
import { admin as zhAdmin } from './zh-CN/admin';
import { audit as zhAudit } from './zh-CN/audit';
import { auth as zhAuth } from './zh-CN/auth';
import { common as zhCommon } from './zh-CN/common';
import { enterpriseImport as zhEnterpriseImport } from './zh-CN/enterprise-import';
import { enterpriseSelf as zhEnterpriseSelf } from './zh-CN/enterprise-self';
import { enterprises as zhEnterprises } from './zh-CN/enterprises';
import { fourAbove as zhFourAbove } from './zh-CN/four-above';
import { home as zhHome } from './zh-CN/home';
import { investmentContest as zhInvestmentContest } from './zh-CN/investment-contest';
import { investmentLeads as zhInvestmentLeads } from './zh-CN/investment-leads';
import { land as zhLand } from './zh-CN/land';
import { notifications as zhNotifications } from './zh-CN/notifications';
import { projectAgency as zhProjectAgency } from './zh-CN/project-agency';
import { projectInstructions as zhProjectInstructions } from './zh-CN/project-instructions';
import { projectInvestment as zhProjectInvestment } from './zh-CN/project-investment';
import { projectMeetings as zhProjectMeetings } from './zh-CN/project-meetings';
import { projectPortfolio as zhProjectPortfolio } from './zh-CN/project-portfolio';
import { projectReports as zhProjectReports } from './zh-CN/project-reports';
import { projects as zhProjects } from './zh-CN/projects';

/** The zh-CN dictionary is the reference: its keys are the keys of the app. */
export const zhCN = {
  ...zhCommon,
  ...zhAuth,
  ...zhHome,
  ...zhAdmin,
  ...zhAudit,
  ...zhLand,
  ...zhEnterprises,
  ...zhEnterpriseImport,
  ...zhFourAbove,
  ...zhInvestmentLeads,
  ...zhInvestmentContest,
  ...zhProjects,
  ...zhProjectAgency,
  ...zhProjectReports,
  ...zhProjectPortfolio,
  ...zhProjectMeetings,
  ...zhProjectInvestment,
  ...zhNotifications,
  ...zhEnterpriseSelf,
  ...zhProjectInstructions,
};

export type TranslationKey = keyof typeof zhCN;

export const enUS: Record<TranslationKey, string> = {
  ...enCommon,
  ...enAuth,
  ...enHome,
  ...enAdmin,
  ...enAudit,
  ...enLand,
  ...enEnterprises,
  ...enEnterpriseImport,
  ...enFourAbove,
  ...enInvestmentLeads,
  ...enInvestmentContest,
  ...enProjects,
  ...enProjectAgency,
  ...enProjectReports,
  ...enProjectPortfolio,
  ...enProjectMeetings,
  ...enProjectInvestment,
  ...enNotifications,
  ...enEnterpriseSelf,
  ...enProjectInstructions,
};

export const DICTIONARIES: Record<Locale, Record<TranslationKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };
