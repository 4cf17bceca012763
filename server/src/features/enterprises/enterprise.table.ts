import type { Insertable, Selectable } from 'kysely';

/** 在营 / 停产 / 迁出 / 注销 */
export const ENTERPRISE_STATUSES = ['operating', 'suspended', 'relocated', 'deregistered'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

export interface EnterpriseTable {
  id: string;
  zoneId: string;
  parkId: string | null;
  uscc: string;
  name: string;
  status: EnterpriseStatus;
  industryCode: string | null;
  isDemo: number;
  createdAt: string;
  updatedAt: string;
}

export type EnterpriseRow = Selectable<EnterpriseTable>;
export type NewEnterprise = Insertable<EnterpriseTable>;
