import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuditActorsQuery } from './audit.api';

interface Props {
  value?: string | undefined;
  onChange?: (value: string | undefined) => void;
}

/** Picks the actor to filter by, among the people in the part of the log the caller may read. */
export function ActorSelect({ value, onChange }: Props) {
  const { t } = useTranslation();
  const actors = useAuditActorsQuery();
  return (
    <Select
      allowClear
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      placeholder={t('audit.actorPlaceholder')}
      style={{ width: 220 }}
      loading={actors.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      options={(actors.data ?? []).map((actor) => ({ value: actor.id, label: actor.name }))}
      data-testid="audit-actor"
    />
  );
}
