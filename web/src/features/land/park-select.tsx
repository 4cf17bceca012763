import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { useHomeSummaryQuery } from '../home/home.api';

/** The parks the caller may see (from the home summary, which is already scoped). */
export function useParks() {
  const zoneId = useSession().zone?.id;
  const summary = useHomeSummaryQuery(zoneId);
  return (summary.data?.parks ?? []).map((p) => ({ id: p.id, name: p.name }));
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
