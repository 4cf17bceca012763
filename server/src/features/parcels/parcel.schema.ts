import { z } from 'zod';
import { historicDay } from '../../http/day-schema.js';
import { listQuery } from '../../http/pagination.js';
import type { ParcelGeometry } from './geojson.js';
import { type StandardLandIndicatorRow, SUPPLY_STATUSES } from './parcel.table.js';

const code = z.string().trim().min(1).max(40);
const id = z.string().min(1).max(64);

export const standardLandSchema = z.object({
  /** 固定资产投资强度, yuan per mu (the UI shows 万元/亩) */
  investmentIntensityYuanPerMu: z.number().nullable(),
  /** 容积率 */
  plotRatio: z.number().nullable(),
  /** 亩均税收, yuan per mu */
  taxPerMuYuan: z.number().nullable(),
  /** 单位能耗增加值, yuan per tce */
  addedValuePerTceYuan: z.number().nullable(),
  /** 单位排放增加值, yuan per tonne */
  addedValuePerEmissionYuan: z.number().nullable(),
  agreedOn: z.string().nullable(),
  updatedAt: z.string(),
});
export type StandardLandView = z.infer<typeof standardLandSchema>;

export const parcelSchema = z.object({
  id: z.string(),
  code: z.string(),
  parkId: z.string(),
  parkName: z.string().nullable(),
  areaMu: z.number(),
  areaM2: z.number(),
  landUse: z.string().nullable(),
  supplyStatus: z.enum(SUPPLY_STATUSES),
  enterpriseId: z.string().nullable(),
  enterpriseName: z.string().nullable(),
  standardLand: z.boolean(),
  hasGeometry: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ParcelView = z.infer<typeof parcelSchema>;

export const geometrySchema = z.object({
  type: z.enum(['Polygon', 'MultiPolygon']),
  coordinates: z.array(z.unknown()),
});

export const parcelDetailSchema = parcelSchema.extend({
  standardLandIndicators: standardLandSchema.nullable(),
  geometry: geometrySchema.nullable(),
});
export type ParcelDetailView = z.infer<typeof parcelDetailSchema>;

const nonNegative = z.number().finite().min(0).max(1e12);
const area = z.number().finite().positive().max(1e9);

/** Area in mu or in m², exactly one: the service says so in the caller's language. */
export const createParcelBody = z.strictObject({
  code,
  parkId: id,
  areaMu: area.optional(),
  areaM2: area.optional(),
  landUse: z.string().trim().max(40).nullable().optional(),
  supplyStatus: z.enum(SUPPLY_STATUSES),
  enterpriseId: id.nullable().optional(),
});
export type CreateParcelInput = z.infer<typeof createParcelBody>;

export const updateParcelBody = z.strictObject({
  code: code.optional(),
  parkId: id.optional(),
  areaMu: area.optional(),
  areaM2: area.optional(),
  landUse: z.string().trim().max(40).nullable().optional(),
  supplyStatus: z.enum(SUPPLY_STATUSES).optional(),
  enterpriseId: id.nullable().optional(),
});
export type UpdateParcelInput = z.infer<typeof updateParcelBody>;

export const standardLandBody = z.strictObject({
  investmentIntensityYuanPerMu: nonNegative.nullable(),
  plotRatio: z.number().finite().min(0).max(100).nullable(),
  taxPerMuYuan: nonNegative.nullable(),
  addedValuePerTceYuan: nonNegative.nullable(),
  addedValuePerEmissionYuan: nonNegative.nullable(),
  agreedOn: historicDay.nullable(),
});
export type StandardLandInput = z.infer<typeof standardLandBody>;

export const parcelListQuery = listQuery(['code', 'areaMu', 'supplyStatus'], 'code').extend({
  parkId: id.optional(),
  supplyStatus: z.enum(SUPPLY_STATUSES).optional(),
  landUse: z.string().trim().max(40).optional(),
  enterpriseId: id.optional(),
  standardLand: z.enum(['yes', 'no']).optional(),
  /** yes: only land a landing may take (not supplied, no enterprise on it). */
  free: z.enum(['yes']).optional(),
});
export type ParcelListQuery = z.infer<typeof parcelListQuery>;

/** A parcel row joined with its park and enterprise names and whether it is standard land. */
export interface ParcelJoined {
  id: string;
  code: string;
  parkId: string;
  parkName: string | null;
  areaMu: number;
  areaM2: number | null;
  landUse: string | null;
  supplyStatus: ParcelView['supplyStatus'];
  enterpriseId: string | null;
  enterpriseName: string | null;
  standardLandParcelId: string | null;
  geometry: string | null;
  createdAt: string;
  updatedAt: string;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export const toParcelView = (row: ParcelJoined): ParcelView => ({
  id: row.id,
  code: row.code,
  parkId: row.parkId,
  parkName: row.parkName,
  areaMu: Number(row.areaMu),
  areaM2: row.areaM2 === null ? round(Number(row.areaMu) * 666.67, 2) : Number(row.areaM2),
  landUse: row.landUse,
  supplyStatus: row.supplyStatus,
  enterpriseId: row.enterpriseId,
  enterpriseName: row.enterpriseName,
  standardLand: row.standardLandParcelId !== null,
  hasGeometry: row.geometry !== null,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export const toStandardLandView = (row: StandardLandIndicatorRow): StandardLandView => ({
  investmentIntensityYuanPerMu: row.investmentIntensityYuanPerMu,
  plotRatio: row.plotRatio,
  taxPerMuYuan: row.taxPerMuYuan,
  addedValuePerTceYuan: row.addedValuePerTceYuan,
  addedValuePerEmissionYuan: row.addedValuePerEmissionYuan,
  agreedOn: row.agreedOn,
  updatedAt: row.updatedAt,
});

export const parseGeometry = (text: string | null): ParcelGeometry | null =>
  text === null ? null : (JSON.parse(text) as ParcelGeometry);

export const toParcelDetailView = (
  row: ParcelJoined,
  indicators: StandardLandIndicatorRow | undefined,
): ParcelDetailView => ({
  ...toParcelView(row),
  standardLandIndicators: indicators ? toStandardLandView(indicators) : null,
  geometry: parseGeometry(row.geometry),
});
