import { z } from 'zod';
import { historicDay } from '../../http/day-schema.js';
import { listQuery } from '../../http/pagination.js';
import type { ParkRow, ZoneRow } from './zone.table.js';

const code = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9_-]+$/);

export const parkSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  leadingIndustries: z.string().nullable(),
  sortOrder: z.number().int(),
});

export const zoneSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  approvedOn: z.string().nullable(),
  areaKm2: z.number().nullable(),
  leadingIndustries: z.string().nullable(),
  isDemo: z.boolean(),
  parks: z.array(parkSchema),
});

export const createZoneBody = z.strictObject({
  code,
  name: z.string().trim().min(1).max(100),
  approvedOn: historicDay.nullable().optional(),
  areaKm2: z.number().positive().max(100_000).nullable().optional(),
  leadingIndustries: z.string().trim().max(500).nullable().optional(),
});
export const updateZoneBody = createZoneBody.partial();

export const createParkBody = z.strictObject({
  code,
  name: z.string().trim().min(1).max(100),
  leadingIndustries: z.string().trim().max(500).nullable().optional(),
  sortOrder: z.number().int().min(0).max(1000).optional(),
});
export const updateParkBody = createParkBody.partial();

export const zoneListQuery = listQuery(['code', 'name'], 'code');
export type ZoneListQuery = z.infer<typeof zoneListQuery>;

export type ZoneView = z.infer<typeof zoneSchema>;
export type ParkView = z.infer<typeof parkSchema>;

export const toParkView = (park: ParkRow): ParkView => ({
  id: park.id,
  code: park.code,
  name: park.name,
  leadingIndustries: park.leadingIndustries,
  sortOrder: park.sortOrder,
});

export const toZoneView = (zone: ZoneRow, parks: ParkRow[]): ZoneView => ({
  id: zone.id,
  code: zone.code,
  name: zone.name,
  approvedOn: zone.approvedOn,
  areaKm2: zone.areaKm2,
  leadingIndustries: zone.leadingIndustries,
  isDemo: zone.isDemo === 1,
  parks: parks.filter((p) => p.zoneId === zone.id).map(toParkView),
});
