import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasPermission } from '../../app/session';
import { useUsersQuery } from '../users/users.api';

interface Props {
  value?: string | undefined;
  onChange?: (value: string | undefined) => void;
  /** Actors seen in the log so far, for users who may not list users. */
  seen: ReadonlyMap<string, string>;
}

/** Picks the actor to filter by: searches users when the caller may list them, else offers the actors seen. */
export function ActorSelect({ value, onChange, seen }: Props) {
  const { t } = useTranslation();
  const canListUsers = useHasPermission('user.manage');
  const [q, setQ] = useState('');
  const users = useUsersQuery({ q: q || undefined, pageSize: 50 }, canListUsers);
  const options = new Map(seen);
  for (const user of users.data?.items ?? []) options.set(user.id, `${user.displayName} (${user.username})`);
  return (
    <Select
      allowClear
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      placeholder={t('audit.actorPlaceholder')}
      style={{ width: 220 }}
      loading={users.isFetching}
      showSearch={canListUsers ? { filterOption: false, onSearch: setQ } : { optionFilterProp: 'label' }}
      options={[...options].map(([id, label]) => ({ value: id, label }))}
    />
  );
}
