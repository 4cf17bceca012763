import { z } from 'zod';
import { day, historicDay } from '../../http/day-schema.js';
import { listQuery } from '../../http/pagination.js';

const id = z.string().min(1).max(64);
const area = z.number().finite().positive().max(1e8);

export const occupancySchema = z.object({
  id: z.string(),
  buildingId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string().nullable(),
  areaM2: z.number(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
});
export type OccupancyView = z.infer<typeof occupancySchema>;

export const occupancyOfEnterpriseSchema = occupancySchema.extend({
  buildingCode: z.string(),
  buildingName: z.string(),
  parkName: z.string().nullable(),
});

export const buildingSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  parkId: z.string(),
  parkName: z.string().nullable(),
  parcelId: z.string().nullable(),
  parcelCode: z.string().nullable(),
  floorAreaM2: z.number(),
  floors: z.number().int().nullable(),
  completedOn: z.string().nullable(),
  /** Occupied today (occupancies started and not ended), and its share of the floor area (0–1). */
  occupiedM2: z.number(),
  occupancyRate: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BuildingView = z.infer<typeof buildingSchema>;

export const buildingDetailSchema = buildingSchema.extend({ occupancies: z.array(occupancySchema) });

export const parkOccupancySchema = z.object({
  parkId: z.string(),
  parkName: z.string().nullable(),
  buildings: z.number().int(),
  floorAreaM2: z.number(),
  occupiedM2: z.number(),
  occupancyRate: z.number(),
});

export const buildingListQuery = listQuery(['code', 'name', 'floorAreaM2'], 'code').extend({
  parkId: id.optional(),
  parcelId: id.optional(),
});
export type BuildingListQuery = z.infer<typeof buildingListQuery>;

export const createBuildingBody = z.strictObject({
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(100),
  parkId: id,
  parcelId: id.nullable().optional(),
  floorAreaM2: area,
  floors: z.number().int().min(1).max(200).nullable().optional(),
  completedOn: historicDay.nullable().optional(),
});
export type CreateBuildingInput = z.infer<typeof createBuildingBody>;
export const updateBuildingBody = createBuildingBody.partial();
export type UpdateBuildingInput = z.infer<typeof updateBuildingBody>;

export const createOccupancyBody = z.strictObject({
  enterpriseId: id,
  areaM2: area,
  startedOn: day,
  endedOn: day.nullable().optional(),
});
export type CreateOccupancyInput = z.infer<typeof createOccupancyBody>;
export const updateOccupancyBody = z.strictObject({ endedOn: day.nullable() });

export interface BuildingJoined {
  id: string;
  code: string;
  name: string;
  parkId: string;
  parkName: string | null;
  parcelId: string | null;
  parcelCode: string | null;
  floorAreaM2: number;
  floors: number | null;
  completedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export const rate = (occupied: number, total: number) =>
  total > 0 ? Math.round((occupied / total) * 10000) / 10000 : 0;

export const toBuildingView = (row: BuildingJoined, occupiedM2: number): BuildingView => ({
  ...row,
  floorAreaM2: Number(row.floorAreaM2),
  occupiedM2,
  occupancyRate: rate(occupiedM2, Number(row.floorAreaM2)),
});

export const toOccupancyView = (row: {
  id: string;
  buildingId: string;
  enterpriseId: string;
  enterpriseName: string | null;
  areaM2: number;
  startedOn: string;
  endedOn: string | null;
}): OccupancyView => ({ ...row, areaM2: Number(row.areaM2) });
