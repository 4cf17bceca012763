import type { ComponentType } from 'react';
import type { TranslationKey } from '../../i18n';
import { EnterpriseLandTab } from '../land/enterprise-land-tab';
import { ChangeRequestsTab } from './change-requests/change-requests-tab';
import { ClassificationsTab } from './classifications-tab';
import { ContactsTab } from './contacts-tab';
import { BasicTab, HistoryTab } from './profile-tabs.components';

/**
 * The tabs of the enterprise profile (企业画像), in `order`. A later module (projects, service
 * requests, monitoring, reports) adds its tab with one line here: a key, a label key in both
 * dictionaries and a component given the enterprise id.
 */
export interface ProfileTab {
  key: string;
  labelKey: TranslationKey;
  order: number;
  component: ComponentType<{ enterpriseId: string }>;
}

export const PROFILE_TABS: ProfileTab[] = [
  { key: 'basic', labelKey: 'enterprises.tab.basic', order: 10, component: BasicTab },
  { key: 'classifications', labelKey: 'enterprises.tab.classifications', order: 20, component: ClassificationsTab },
  { key: 'contacts', labelKey: 'enterprises.tab.contacts', order: 30, component: ContactsTab },
  { key: 'land', labelKey: 'enterprises.tab.land', order: 40, component: EnterpriseLandTab },
  { key: 'changeRequests', labelKey: 'enterpriseSelf.tab', order: 80, component: ChangeRequestsTab },
  { key: 'history', labelKey: 'enterprises.tab.history', order: 90, component: HistoryTab },
];
