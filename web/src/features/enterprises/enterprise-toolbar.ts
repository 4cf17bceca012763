import type { ComponentType } from 'react';
import { ExportEnterprisesButton, ImportEnterprisesLink } from '../enterprise-import/export-enterprises.button';
import type { EnterpriseFilter } from './enterprises.api';

/**
 * Buttons other features add to the enterprise list's toolbar (the Excel export, the import link),
 * each given the list's current filter. A feature appends one line here; the page renders them in
 * order, right of the create button.
 */
export interface EnterpriseToolbarItem {
  key: string;
  component: ComponentType<{ filter: EnterpriseFilter }>;
}

export const ENTERPRISE_TOOLBAR: EnterpriseToolbarItem[] = [
  { key: 'export', component: ExportEnterprisesButton },
  { key: 'import', component: ImportEnterprisesLink },
];
