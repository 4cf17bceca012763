import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { buildingBody, buildingFormValues, ymd } from './building-form';
import type { Building } from './land.api';

const building: Building = {
  id: 'b1',
  code: 'CZ-B-01',
  name: '1号厂房',
  parkId: 'p1',
  parkName: '丹朱园区',
  parcelId: 'parcel-1',
  parcelCode: 'CZ-C-01',
  floorAreaM2: 12000,
  floors: 3,
  completedOn: '2024-06-30',
  occupiedM2: 6000,
  occupancyRate: 0.5,
};

describe('building form', () => {
  it('sends empty optional fields as null and dates as YYYY-MM-DD', () => {
    expect(buildingBody({ code: ' CZ-B-02 ', name: ' 2号厂房', parkId: 'p1', floorAreaM2: 8000 })).toEqual({
      code: 'CZ-B-02',
      name: '2号厂房',
      parkId: 'p1',
      parcelId: null,
      floorAreaM2: 8000,
      floors: null,
      completedOn: null,
    });
  });

  it('round-trips a building through the form', () => {
    const values = buildingFormValues(building);
    expect(values.completedOn?.format('YYYY-MM-DD')).toBe('2024-06-30');
    expect(buildingBody(values)).toEqual({
      code: 'CZ-B-01',
      name: '1号厂房',
      parkId: 'p1',
      parcelId: 'parcel-1',
      floorAreaM2: 12000,
      floors: 3,
      completedOn: '2024-06-30',
    });
  });

  it('formats a picked date without a time zone shift', () => {
    expect(ymd(dayjs('2026-01-01'))).toBe('2026-01-01');
    expect(ymd(null)).toBeNull();
  });
});
