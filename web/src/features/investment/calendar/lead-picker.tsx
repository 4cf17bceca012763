import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { ListResponse } from '../../../api/types';
import type { LeadSummary } from '../leads/lead.types';

/** Picks one of the caller's leads by name, code or investor (searches GET /leads as the user types). */
export function LeadPicker({
  value,
  onChange,
  onPicked,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The whole lead, so the form can show its task force. */
  onPicked?: (lead: LeadSummary | null) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const search = useQuery({
    queryKey: ['investment', 'leads', 'picker', q],
    queryFn: () =>
      api.get<ListResponse<LeadSummary>>('/investment/leads', { q: q || undefined, page: 1, pageSize: 20 }),
  });
  const leads = search.data?.items ?? [];
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      value={value ?? undefined}
      placeholder={t('investment.calendar.leadSearch')}
      loading={search.isFetching}
      options={leads.map((lead) => ({ value: lead.id, label: `${lead.code} ${lead.name}`, title: lead.investorName }))}
      onChange={(next: string | undefined) => {
        onChange?.(next ?? null);
        onPicked?.(leads.find((lead) => lead.id === next) ?? null);
      }}
      data-testid="log-visit-lead"
    />
  );
}
