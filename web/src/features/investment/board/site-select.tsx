import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBuildingsQuery, useParcelsQuery } from '../../land/land.api';
import { joinList, withAside } from '../investment-labels';

function useDebounced(value: string, ms = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const freeArea = (b: { floorAreaM2: number; occupiedM2: number }) =>
  String(Math.round((b.floorAreaM2 - b.occupiedM2) * 100) / 100);

interface PickerProps {
  value?: string;
  onChange?: (value: string | undefined) => void;
}

/** Picks the parcel a landed project sits on (searches GET /parcels by code as the user types). */
export function ParcelPicker({ value, onChange }: PickerProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed);
  // Only free land: a parcel supplied to someone else is not there to land on.
  const parcels = useParcelsQuery({ q: q || undefined, free: 'yes', page: 1, pageSize: 20 });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      value={value}
      placeholder={t('investment.gate.parcelSearch')}
      loading={parcels.isFetching}
      options={(parcels.data?.items ?? []).map((p) => ({
        value: p.id,
        label: withAside(p.code, `${p.parkName ?? ''} ${p.areaMu} ${t('land.unit.mu')}`),
      }))}
      onChange={(next: string | undefined) => onChange?.(next)}
      data-testid="gate-parcel"
    />
  );
}

/** Picks the standard factory building a landed project moves into: those with floor area free today. */
export function BuildingPicker({ value, onChange }: PickerProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed);
  const buildings = useBuildingsQuery({ q: q || undefined, page: 1, pageSize: 20 });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      value={value}
      placeholder={t('investment.gate.buildingSearch')}
      loading={buildings.isFetching}
      options={(buildings.data?.items ?? [])
        .filter((b) => b.floorAreaM2 - b.occupiedM2 > 0)
        .map((b) => ({
          value: b.id,
          label: withAside(
            b.name,
            joinList([b.code, b.parkName, t('investment.gate.buildingFree', { free: freeArea(b) })]),
          ),
        }))}
      onChange={(next: string | undefined) => onChange?.(next)}
      data-testid="gate-building"
    />
  );
}
