import type { projectAgency as zh } from '../zh-CN/project-agency';

export const projectAgency: Record<keyof typeof zh, string> = {
  'permission.agency.handle': "Handle approval items (their department's)",
  'projects.tab.agency': 'Approvals',
  'projects.agency.add': 'Add approval item',
  'projects.agency.edit': 'Edit approval item',
  'projects.agency.saved': 'Approval item saved',
  'projects.agency.empty': 'No approval items yet',
  'projects.agency.item': 'Approval',
  'projects.agency.department': 'Handling department',
  'projects.agency.submittedOn': 'Submitted',
  'projects.agency.acceptedOn': 'Accepted',
  'projects.agency.approvedOn': 'Approved',
  'projects.agency.statutoryDays': 'Statutory limit (working days)',
  'projects.agency.elapsed': 'Used / limit (working days)',
  'projects.agency.elapsedValue': '{{elapsed}} / {{limit}}',
  'projects.agency.overdue': 'Overdue',
  'projects.agency.tolerance': 'Accepted pending documents (容缺)',
  'projects.agency.commitment': 'On commitment (承诺)',
  'projects.agency.handledBy': 'Handled by',
  'projects.agency.notes': 'Notes',
  'projects.agency.flags': 'Mode',
};
