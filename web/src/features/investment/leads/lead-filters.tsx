import { STAGES } from '@zonehub/investment-rules';
import { DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { matchesName } from '../../../app/name-filter';
import { regionLabel, stageLabel } from '../investment-labels';
import { useInvestmentOptions } from '../investment-options.api';
import { type LeadFilter, REMINDER_FILTERS } from './lead-filter';

type Patch = Partial<Record<keyof LeadFilter, string | undefined>>;

/**
 * The filter bar of the board and the list: task force, owner, park, method, region and a search
 * box; the list adds stage, reminder and the registered date range.
 */
export function LeadFilters({
  filter,
  onChange,
  withListFilters,
}: {
  filter: LeadFilter;
  onChange: (patch: Patch) => void;
  withListFilters?: boolean;
}) {
  const { t } = useTranslation();
  const options = useInvestmentOptions().data;
  const owners = (options?.owners ?? []).filter(
    (o) => !filter.taskForceId || o.taskForceIds.includes(filter.taskForceId),
  );
  const select = (
    key: keyof LeadFilter,
    placeholder: string,
    items: { value: string; label: string; searchKeys?: string }[],
    width = 160,
  ) => (
    <Select
      allowClear
      showSearch={{ filterOption: matchesName }}
      value={filter[key]}
      placeholder={placeholder}
      style={{ width }}
      options={items}
      onChange={(next: string | undefined) => onChange({ [key]: next })}
      data-testid={`lead-filter-${key}`}
    />
  );
  return (
    <Space wrap>
      <Input.Search
        allowClear
        defaultValue={filter.q}
        placeholder={t('investment.leads.searchPlaceholder')}
        onSearch={(value) => onChange({ q: value })}
        style={{ width: 240 }}
        data-testid="lead-filter-q"
      />
      {select(
        'taskForceId',
        t('investment.leads.allTaskForces'),
        (options?.taskForces ?? []).map((f) => ({ value: f.id, label: f.name })),
        200,
      )}
      {select(
        'ownerId',
        t('investment.leads.allOwners'),
        owners.map((o) => ({ value: o.id, label: o.displayName, searchKeys: o.searchKeys })),
      )}
      {select(
        'targetParkId',
        t('investment.leads.allParks'),
        (options?.parks ?? []).map((p) => ({ value: p.id, label: p.name })),
      )}
      {select(
        'methodId',
        t('investment.leads.allMethods'),
        (options?.methods ?? []).map((m) => ({ value: m.id, label: m.name })),
      )}
      {select(
        'investorRegion',
        t('investment.leads.allRegions'),
        (options?.regions ?? []).map((r) => ({ value: r, label: regionLabel(r) })),
      )}
      {withListFilters ? (
        <>
          {select(
            'stage',
            t('investment.leads.allStages'),
            STAGES.map((s) => ({ value: s, label: stageLabel(s) })),
            130,
          )}
          {select(
            'reminder',
            t('investment.leads.anyReminder'),
            REMINDER_FILTERS.map((r) => ({ value: r, label: t(`investment.leads.reminderFilter.${r}`) })),
            140,
          )}
          <DatePicker.RangePicker
            value={[
              filter.registeredFrom ? dayjs(filter.registeredFrom) : null,
              filter.registeredTo ? dayjs(filter.registeredTo) : null,
            ]}
            placeholder={[t('investment.leads.registeredFrom'), t('investment.leads.registeredTo')]}
            allowEmpty={[true, true]}
            onChange={(range) =>
              onChange({
                registeredFrom: range?.[0]?.format('YYYY-MM-DD'),
                registeredTo: range?.[1]?.format('YYYY-MM-DD'),
              })
            }
          />
        </>
      ) : null}
    </Space>
  );
}
