import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ListQuery, ListResponse } from '../../api/types';
import type { GeometryBody } from './geometry-import';

export const SUPPLY_STATUSES = ['supplied', 'unsupplied', 'reserved'] as const;
export type SupplyStatus = (typeof SUPPLY_STATUSES)[number];

export interface Parcel {
  id: string;
  code: string;
  parkId: string;
  parkName: string | null;
  areaMu: number;
  areaM2: number;
  landUse: string | null;
  supplyStatus: SupplyStatus;
  enterpriseId: string | null;
  enterpriseName: string | null;
  standardLand: boolean;
  hasGeometry: boolean;
}

/** 标准地 indicators as the API speaks them: money in yuan. */
export interface StandardLandIndicators {
  investmentIntensityYuanPerMu: number | null;
  plotRatio: number | null;
  taxPerMuYuan: number | null;
  addedValuePerTceYuan: number | null;
  addedValuePerEmissionYuan: number | null;
  agreedOn: string | null;
}

export interface ParcelDetail extends Parcel {
  standardLandIndicators: (StandardLandIndicators & { updatedAt: string }) | null;
}

export interface ParcelInput {
  code?: string;
  parkId?: string;
  areaMu?: number;
  areaM2?: number;
  landUse?: string | null;
  supplyStatus?: SupplyStatus;
  enterpriseId?: string | null;
}

export const PARCEL_SORTS = ['code', 'areaMu', 'supplyStatus'] as const;
export type ParcelSort = (typeof PARCEL_SORTS)[number];

export interface ParcelQuery extends ListQuery {
  sort?: ParcelSort | undefined;
  parkId?: string | undefined;
  supplyStatus?: SupplyStatus | undefined;
  standardLand?: 'yes' | 'no' | undefined;
  /** yes: only parcels a landing may take (not supplied, no enterprise). */
  free?: 'yes' | undefined;
}

export interface MapFeature {
  type: 'Feature';
  id: string;
  properties: {
    id: string;
    code: string;
    areaMu: number;
    supplyStatus: SupplyStatus;
    landUse: string | null;
    enterpriseId: string | null;
    enterpriseName: string | null;
    industryCode: string | null;
    industrySection: string | null;
  };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[] };
}

export interface ParkMap {
  type: 'FeatureCollection';
  park: { id: string; code: string; name: string };
  bounds: [number, number, number, number] | null;
  features: MapFeature[];
}

export interface Occupancy {
  id: string;
  buildingId: string;
  enterpriseId: string;
  enterpriseName: string | null;
  areaM2: number;
  startedOn: string;
  endedOn: string | null;
}

export interface EnterpriseLand {
  parcels: Parcel[];
  occupancies: (Occupancy & { buildingCode: string; buildingName: string; parkName: string | null })[];
}

export interface Building {
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
  occupiedM2: number;
  occupancyRate: number;
}

/** The body of POST / PATCH /factory-buildings: optional fields sent as null when empty. */
export interface BuildingInput {
  code: string;
  name: string;
  parkId: string;
  parcelId: string | null;
  floorAreaM2: number;
  floors: number | null;
  completedOn: string | null;
}

export interface ParkOccupancy {
  parkId: string;
  parkName: string | null;
  buildings: number;
  floorAreaM2: number;
  occupiedM2: number;
  occupancyRate: number;
}

const LAND_KEY = ['land'] as const;

export function useParcelsQuery(query: ParcelQuery) {
  return useQuery({
    queryKey: [...LAND_KEY, 'parcels', query],
    queryFn: () => api.get<ListResponse<Parcel>>('/parcels', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useParcelQuery(id: string | null) {
  return useQuery({
    queryKey: [...LAND_KEY, 'parcel', id],
    queryFn: () => api.get<ParcelDetail>(`/parcels/${id}`),
    enabled: id !== null,
  });
}

export function useParkMapQuery(parkId: string | undefined) {
  return useQuery({
    queryKey: [...LAND_KEY, 'map', parkId],
    queryFn: () => api.get<ParkMap>(`/parks/${parkId}/map`),
    enabled: parkId !== undefined,
  });
}

export function useEnterpriseLandQuery(enterpriseId: string) {
  return useQuery({
    queryKey: [...LAND_KEY, 'enterprise', enterpriseId],
    queryFn: () => api.get<EnterpriseLand>(`/enterprises/${enterpriseId}/land`),
  });
}

export function useBuildingsQuery(query: ListQuery & { parkId?: string | undefined }) {
  return useQuery({
    queryKey: [...LAND_KEY, 'buildings', query],
    queryFn: () => api.get<ListResponse<Building> & { parks: ParkOccupancy[] }>('/factory-buildings', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useBuildingQuery(id: string | null) {
  return useQuery({
    queryKey: [...LAND_KEY, 'building', id],
    queryFn: () => api.get<Building & { occupancies: Occupancy[] }>(`/factory-buildings/${id}`),
    enabled: id !== null,
  });
}

/** Every land write refreshes every land query: lists, map, profile tab and details. */
function useLandMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: LAND_KEY }) });
}

export const useSaveParcelMutation = () =>
  useLandMutation(({ id, body }: { id: string | null; body: ParcelInput }) =>
    id ? api.patch<ParcelDetail>(`/parcels/${id}`, body) : api.post<ParcelDetail>('/parcels', body),
  );
export const useDeleteParcelMutation = () => useLandMutation((id: string) => api.delete(`/parcels/${id}`));
export const usePutStandardLandMutation = () =>
  useLandMutation(({ id, body }: { id: string; body: StandardLandIndicators }) =>
    api.put(`/parcels/${id}/standard-land`, body),
  );
export const useDeleteStandardLandMutation = () =>
  useLandMutation((id: string) => api.delete(`/parcels/${id}/standard-land`));
export const useCreateBuildingMutation = () =>
  useLandMutation((body: BuildingInput) => api.post<Building>('/factory-buildings', body));
export const useAddOccupancyMutation = () =>
  useLandMutation(({ id, body }: { id: string; body: Record<string, unknown> }) =>
    api.post<Occupancy>(`/factory-buildings/${id}/occupancies`, body),
  );
export const useEndOccupancyMutation = () =>
  useLandMutation(({ id, occupancyId, endedOn }: { id: string; occupancyId: string; endedOn: string | null }) =>
    api.patch<Occupancy>(`/factory-buildings/${id}/occupancies/${occupancyId}`, { endedOn }),
  );
export const useUpdateBuildingMutation = () =>
  useLandMutation(({ id, body }: { id: string; body: Partial<BuildingInput> }) =>
    api.patch<Building>(`/factory-buildings/${id}`, body),
  );
/** Sets parcel geometry from a FeatureCollection; all or nothing, every bad feature reported. */
export const useImportGeometryMutation = () =>
  useLandMutation(({ parkId, body }: { parkId: string; body: GeometryBody }) =>
    api.post<{ updated: number; codes: string[] }>(`/parks/${parkId}/parcel-geometry`, body),
  );
