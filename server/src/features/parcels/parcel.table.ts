import type { Insertable, Selectable } from 'kysely';

/** 已供 / 未供 / 储备 */
export const SUPPLY_STATUSES = ['supplied', 'unsupplied', 'reserved'] as const;
export type SupplyStatus = (typeof SUPPLY_STATUSES)[number];

export interface ParcelTable {
  id: string;
  zoneId: string;
  parkId: string;
  code: string;
  areaMu: number;
  landUse: string | null;
  supplyStatus: SupplyStatus;
  enterpriseId: string | null;
  isDemo: number;
  createdAt: string;
  updatedAt: string;
}

export type ParcelRow = Selectable<ParcelTable>;
export type NewParcel = Insertable<ParcelTable>;
