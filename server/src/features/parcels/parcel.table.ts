import type { Insertable, Selectable, Updateable } from 'kysely';

/** 已供 / 未供 / 储备 */
export const SUPPLY_STATUSES = ['supplied', 'unsupplied', 'reserved'] as const;
export type SupplyStatus = (typeof SUPPLY_STATUSES)[number];

/** 1 亩 = 666.67 m² (the conversion the issue and the land offices use). */
export const M2_PER_MU = 666.67;

export interface ParcelTable {
  id: string;
  zoneId: string;
  parkId: string;
  code: string;
  areaMu: number;
  /** Kept equal to areaMu × M2_PER_MU on every write. */
  areaM2: number | null;
  landUse: string | null;
  supplyStatus: SupplyStatus;
  enterpriseId: string | null;
  /** GeoJSON geometry (Polygon or MultiPolygon) as text, in the park map's coordinates. */
  geometry: string | null;
  isDemo: number;
  createdAt: string;
  updatedAt: string;
}

/** 标准地 control indicators agreed at sale. Money in yuan (shown as 万元). */
export interface StandardLandIndicatorTable {
  parcelId: string;
  /** 固定资产投资强度 */
  investmentIntensityYuanPerMu: number | null;
  /** 容积率 */
  plotRatio: number | null;
  /** 亩均税收 */
  taxPerMuYuan: number | null;
  /** 单位能耗增加值 (added value per tonne of standard coal) */
  addedValuePerTceYuan: number | null;
  /** 单位排放增加值 (added value per tonne of emissions) */
  addedValuePerEmissionYuan: number | null;
  /** YYYY-MM-DD */
  agreedOn: string | null;
  updatedAt: string;
}

export interface FactoryBuildingTable {
  id: string;
  zoneId: string;
  parkId: string;
  parcelId: string | null;
  code: string;
  name: string;
  floorAreaM2: number;
  floors: number | null;
  completedOn: string | null;
  isDemo: number;
  createdAt: string;
  updatedAt: string;
}

export interface BuildingOccupancyTable {
  id: string;
  buildingId: string;
  enterpriseId: string;
  areaM2: number;
  startedOn: string;
  endedOn: string | null;
  isDemo: number;
  createdAt: string;
}

export type ParcelRow = Selectable<ParcelTable>;
export type NewParcel = Insertable<ParcelTable>;
export type ParcelUpdate = Updateable<ParcelTable>;
export type StandardLandIndicatorRow = Selectable<StandardLandIndicatorTable>;
export type FactoryBuildingRow = Selectable<FactoryBuildingTable>;
export type BuildingOccupancyRow = Selectable<BuildingOccupancyTable>;
