import type { Insertable, Selectable, Updateable } from 'kysely';

export interface ZoneTable {
  id: string;
  code: string;
  name: string;
  /** YYYY-MM-DD, the date the zone was approved (获批设立). */
  approvedOn: string | null;
  areaKm2: number | null;
  leadingIndustries: string | null;
  description: string | null;
  timezone: string;
  isDemo: number;
  createdAt: string;
  updatedAt: string;
}

export interface ParkTable {
  id: string;
  zoneId: string;
  code: string;
  name: string;
  leadingIndustries: string | null;
  sortOrder: number;
  isDemo: number;
  createdAt: string;
  updatedAt: string;
}

export type ZoneRow = Selectable<ZoneTable>;
export type NewZone = Insertable<ZoneTable>;
export type ZoneUpdate = Updateable<ZoneTable>;
export type ParkRow = Selectable<ParkTable>;
export type NewPark = Insertable<ParkTable>;
export type ParkUpdate = Updateable<ParkTable>;
