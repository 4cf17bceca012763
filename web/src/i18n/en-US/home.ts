import type { home as zh } from '../zh-CN/home';

export const home: Record<keyof typeof zh, string> = {
  'home.title': 'Home',
  'home.approvedOn': 'Approved',
  'home.area': 'Planned area',
  'home.areaValue': '{{value}} km²',
  'home.leadingIndustries': 'Leading industries',
  'home.parkCount': 'Parks',
  'home.totals.enterprises': 'Enterprises',
  'home.totals.parcels': 'Land parcels',
  'home.totals.users': 'Users',
  'home.totals.usersHint.zone': 'Accounts holding a role in this zone, as User management lists them',
  'home.totals.usersHint.parks': 'Accounts of your parks’ staff and of their enterprises',
  'home.totals.usersHint.enterprise': 'Accounts of your enterprise',
  'home.parkFigures': 'Figures by park',
  'home.series.enterprises': 'Enterprises',
  'home.series.parcels': 'Parcels',
  'home.series.users': 'Users',
  'home.noZone': 'Your account is not linked to a zone yet. Please contact an administrator.',
  'home.noParks': 'No parks yet',
};
