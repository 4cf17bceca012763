import dayjs, { type Dayjs } from 'dayjs';
import type { Building, BuildingInput } from './land.api';

/** What the building form holds (antd gives dates as Dayjs, cleared inputs as null / undefined). */
export interface BuildingFormValues {
  code: string;
  name: string;
  parkId: string;
  parcelId?: string | null | undefined;
  floorAreaM2: number;
  floors?: number | null | undefined;
  completedOn?: Dayjs | null | undefined;
}

export const BUILDING_FIELDS = ['code', 'name', 'parkId', 'parcelId', 'floorAreaM2', 'floors', 'completedOn'] as const;

/** A calendar date as the API speaks it (YYYY-MM-DD), or null. */
export const ymd = (date: Dayjs | null | undefined): string | null => (date ? date.format('YYYY-MM-DD') : null);

export function buildingBody(values: BuildingFormValues): BuildingInput {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    parkId: values.parkId,
    parcelId: values.parcelId ?? null,
    floorAreaM2: values.floorAreaM2,
    floors: values.floors ?? null,
    completedOn: ymd(values.completedOn),
  };
}

export function buildingFormValues(building: Building): BuildingFormValues {
  return {
    code: building.code,
    name: building.name,
    parkId: building.parkId,
    parcelId: building.parcelId,
    floorAreaM2: building.floorAreaM2,
    floors: building.floors,
    completedOn: building.completedOn ? dayjs(building.completedOn) : null,
  };
}
