import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParkOptions } from '../zones/parks.api';

/** The parks the caller may see and pick (GET /parks, scoped to the caller). */
export function useParks() {
  return useParkOptions().data ?? [];
}

export function ParkSelect({
  value,
  onChange,
  allowAll,
  testId,
}: {
  value?: string | undefined;
  onChange?: (parkId: string | undefined) => void;
  allowAll?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const parks = useParks();
  return (
    <Select
      value={value}
      allowClear={allowAll}
      placeholder={allowAll ? t('land.allParks') : t('land.park')}
      onChange={(next: string | undefined) => onChange?.(next)}
      options={parks.map((p) => ({ value: p.id, label: p.name }))}
      style={{ minWidth: 240 }}
      data-testid={testId}
    />
  );
}
