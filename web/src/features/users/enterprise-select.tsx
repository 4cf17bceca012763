import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnterpriseSearchQuery } from './users.api';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The name of the enterprise already chosen, shown before any search. */
  initialName?: string | null;
}

/** Picks an enterprise by name or USCC (searches GET /enterprises as the user types). */
export function EnterpriseSelect({ value, onChange, initialName }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const search = useEnterpriseSearchQuery(q);
  const options = (search.data?.items ?? []).map((e) => ({
    value: e.id,
    label: e.parkName ? `${e.name}（${e.parkName}）` : e.name,
    title: e.uscc,
  }));
  if (value && initialName && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: initialName, title: initialName });
  }
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      value={value ?? undefined}
      placeholder={t('users.enterpriseSearch')}
      loading={search.isFetching}
      options={options}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
    />
  );
}
