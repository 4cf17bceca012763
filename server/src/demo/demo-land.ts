import type { Db } from '../db/database.js';
import { type ParcelGeometry, rectangle } from '../features/parcels/geojson.js';
import { M2_PER_MU } from '../features/parcels/parcel.table.js';
import { CHANGZI, type DemoParcel } from './demo-zones.js';
import { demoId } from './seed.js';

/**
 * DEMO DATA (land): more parcels so each of 长子's three parks has a believable layout, schematic
 * geometry for every 长子 parcel, standard-land indicators on a few recent parcels, and standard
 * factory buildings (the 丹朱总部经济园区's three, which the article says are about to be handed
 * over, plus a few older ones). Geometry is in metres from each park's south-west corner: parcels
 * are laid out in rows of blocks with roads between, each sized to its area in mu. Every row is_demo.
 */
const MORE_PARCELS: DemoParcel[] = [
  {
    code: 'CZ-C-06',
    park: 'central',
    areaMu: 58.4,
    landUse: '工业用地',
    supplyStatus: 'supplied',
    enterprise: '山西康宝生物制品股份有限公司',
  },
  {
    code: 'CZ-C-07',
    park: 'central',
    areaMu: 41.2,
    landUse: '工业用地',
    supplyStatus: 'supplied',
    enterprise: '长子县浩润食品有限公司',
  },
  { code: 'CZ-C-08', park: 'central', areaMu: 66.0, landUse: '工业用地', supplyStatus: 'supplied' },
  { code: 'CZ-C-09', park: 'central', areaMu: 30.5, landUse: '仓储用地', supplyStatus: 'unsupplied' },
  { code: 'CZ-C-10', park: 'central', areaMu: 72.8, landUse: '工业用地', supplyStatus: 'reserved' },
  {
    code: 'CZ-S-05',
    park: 'south',
    areaMu: 260.0,
    landUse: '公用设施用地',
    supplyStatus: 'supplied',
    enterprise: '山西潞光发电有限公司',
  },
  {
    code: 'CZ-S-06',
    park: 'south',
    areaMu: 64.5,
    landUse: '工业用地',
    supplyStatus: 'supplied',
    enterprise: '山西中矿充填科技有限公司',
  },
  {
    code: 'CZ-S-07',
    park: 'south',
    areaMu: 52.3,
    landUse: '工业用地',
    supplyStatus: 'supplied',
    enterprise: '长治市潞智鼎新材料有限公司',
  },
  { code: 'CZ-S-08', park: 'south', areaMu: 110.0, landUse: '物流仓储用地', supplyStatus: 'unsupplied' },
  { code: 'CZ-S-09', park: 'south', areaMu: 86.7, landUse: '工业用地', supplyStatus: 'reserved' },
  { code: 'CZ-N-04', park: 'north', areaMu: 118.0, landUse: '工业用地', supplyStatus: 'supplied' },
  { code: 'CZ-N-05', park: 'north', areaMu: 45.6, landUse: '商服用地', supplyStatus: 'unsupplied' },
  { code: 'CZ-N-06', park: 'north', areaMu: 88.0, landUse: '工业用地', supplyStatus: 'reserved' },
  { code: 'CZ-N-07', park: 'north', areaMu: 63.3, landUse: '工业用地', supplyStatus: 'unsupplied' },
  { code: 'CZ-N-08', park: 'north', areaMu: 96.4, landUse: '工业用地', supplyStatus: 'reserved' },
];

/** Block depth (north–south, m), widest row (m) and road widths (m) of each park's layout. */
const LAYOUT: Record<string, { depth: number; rowWidth: number; road: number; avenue: number }> = {
  central: { depth: 240, rowWidth: 1100, road: 24, avenue: 40 },
  south: { depth: 320, rowWidth: 1500, road: 30, avenue: 50 },
  north: { depth: 220, rowWidth: 1000, road: 24, avenue: 40 },
};

/** Rectangles in rows: each parcel is `depth` deep and as wide as its area needs; roads between. */
export function layoutPark(parcels: readonly DemoParcel[], park: string): Map<string, ParcelGeometry> {
  const { depth, rowWidth, road, avenue } = LAYOUT[park] ?? { depth: 240, rowWidth: 1100, road: 24, avenue: 40 };
  const shapes = new Map<string, ParcelGeometry>();
  let x = 0;
  let y = 0;
  for (const p of parcels) {
    const width = (p.areaMu * M2_PER_MU) / depth;
    if (x > 0 && x + width > rowWidth) {
      x = 0;
      y += depth + avenue;
    }
    shapes.set(p.code, rectangle(x, y, width, depth));
    x += width + road;
  }
  return shapes;
}

/** 标准地 indicators agreed at sale (yuan; the UI shows 万元). */
const STANDARD_LAND: Record<
  string,
  [intensity: number, plotRatio: number, taxPerMu: number, perTce: number, perEmission: number, agreedOn: string]
> = {
  'CZ-C-06': [2_800_000, 1.2, 180_000, 16_000, 4_500_000, '2024-09-18'],
  'CZ-S-07': [3_000_000, 1.0, 200_000, 15_000, 5_000_000, '2025-03-26'],
  'CZ-N-04': [2_500_000, 1.5, 150_000, 18_000, 4_000_000, '2025-06-12'],
};

const BUILDINGS: {
  code: string;
  name: string;
  park: string;
  parcel: string;
  floorAreaM2: number;
  floors: number;
  completedOn: string | null;
}[] = [
  {
    code: 'DZ-01',
    name: '丹朱总部经济园区1号标准化厂房',
    park: 'north',
    parcel: 'CZ-N-04',
    floorAreaM2: 12_600,
    floors: 4,
    completedOn: null,
  },
  {
    code: 'DZ-02',
    name: '丹朱总部经济园区2号标准化厂房',
    park: 'north',
    parcel: 'CZ-N-04',
    floorAreaM2: 12_600,
    floors: 4,
    completedOn: null,
  },
  {
    code: 'DZ-03',
    name: '丹朱总部经济园区3号标准化厂房',
    park: 'north',
    parcel: 'CZ-N-04',
    floorAreaM2: 9_800,
    floors: 3,
    completedOn: null,
  },
  {
    code: 'ZB-01',
    name: '中部园区1号标准化厂房',
    park: 'central',
    parcel: 'CZ-C-08',
    floorAreaM2: 8_400,
    floors: 2,
    completedOn: '2023-10-30',
  },
  {
    code: 'ZB-02',
    name: '中部园区2号标准化厂房',
    park: 'central',
    parcel: 'CZ-C-08',
    floorAreaM2: 8_400,
    floors: 2,
    completedOn: '2023-10-30',
  },
  {
    code: 'NB-01',
    name: '南部园区冷链标准化厂房',
    park: 'south',
    parcel: 'CZ-S-06',
    floorAreaM2: 6_000,
    floors: 1,
    completedOn: '2024-05-20',
  },
];

/** Occupancies only by enterprises the registry already holds. */
const OCCUPANCIES = [
  { building: 'ZB-01', enterprise: '长子县浩润食品有限公司', areaM2: 3_200, startedOn: '2024-01-15' },
  { building: 'ZB-02', enterprise: '山西卓联锐科机械有限公司', areaM2: 5_600, startedOn: '2024-03-01' },
];

export async function seedDemoLand(trx: Db, now: string): Promise<void> {
  const zone = CHANGZI.code;
  const zoneId = demoId('zone', zone);
  const stamp = { isDemo: 1, createdAt: now, updatedAt: now };
  const all = [...CHANGZI.parcels, ...MORE_PARCELS];
  const geometry = new Map<string, ParcelGeometry>();
  for (const park of CHANGZI.parks) {
    const parcels = all.filter((p) => p.park === park.code);
    for (const [code, shape] of layoutPark(parcels, park.code)) geometry.set(code, shape);
  }
  await trx
    .insertInto('parcels')
    .values(
      MORE_PARCELS.map((p) => ({
        id: demoId(zone, 'parcel', p.code),
        zoneId,
        parkId: demoId(zone, 'park', p.park),
        code: p.code,
        areaMu: p.areaMu,
        areaM2: Math.round(p.areaMu * M2_PER_MU * 100) / 100,
        landUse: p.landUse,
        supplyStatus: p.supplyStatus,
        enterpriseId: p.enterprise ? demoId(zone, 'enterprise', p.enterprise) : null,
        geometry: null,
        ...stamp,
      })),
    )
    .execute();
  for (const p of all) {
    const shape = geometry.get(p.code);
    await trx
      .updateTable('parcels')
      .set({
        geometry: shape ? JSON.stringify(shape) : null,
        areaM2: Math.round(p.areaMu * M2_PER_MU * 100) / 100,
      })
      .where('id', '=', demoId(zone, 'parcel', p.code))
      .execute();
  }
  await trx
    .insertInto('standardLandIndicators')
    .values(
      Object.entries(STANDARD_LAND).map(([code, [intensity, plotRatio, taxPerMu, perTce, perEmission, agreedOn]]) => ({
        parcelId: demoId(zone, 'parcel', code),
        investmentIntensityYuanPerMu: intensity,
        plotRatio,
        taxPerMuYuan: taxPerMu,
        addedValuePerTceYuan: perTce,
        addedValuePerEmissionYuan: perEmission,
        agreedOn,
        updatedAt: now,
      })),
    )
    .execute();
  await trx
    .insertInto('factoryBuildings')
    .values(
      BUILDINGS.map((b) => ({
        id: demoId(zone, 'building', b.code),
        zoneId,
        parkId: demoId(zone, 'park', b.park),
        parcelId: demoId(zone, 'parcel', b.parcel),
        code: b.code,
        name: b.name,
        floorAreaM2: b.floorAreaM2,
        floors: b.floors,
        completedOn: b.completedOn,
        ...stamp,
      })),
    )
    .execute();
  await trx
    .insertInto('buildingOccupancies')
    .values(
      OCCUPANCIES.map((o) => ({
        id: demoId(zone, 'occupancy', o.building, o.enterprise),
        buildingId: demoId(zone, 'building', o.building),
        enterpriseId: demoId(zone, 'enterprise', o.enterprise),
        areaM2: o.areaM2,
        startedOn: o.startedOn,
        endedOn: null,
        isDemo: 1,
        createdAt: now,
      })),
    )
    .execute();
}
