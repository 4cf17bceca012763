import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../../i18n';
import type { Action, Cadence, OutcomeKind, PlaceKind } from './meetings.api';

/** Labels of the meeting vocabulary; the keys are spelled out so a missing label fails type-checking. */
export const CADENCE_KEYS: Record<Cadence, TranslationKey> = {
  daily: 'meetings.cadence.daily',
  weekly: 'meetings.cadence.weekly',
  monthly: 'meetings.cadence.monthly',
  quarterly: 'meetings.cadence.quarterly',
  annual: 'meetings.cadence.annual',
};
const CADENCE_COLORS: Record<Cadence, string> = {
  daily: 'cyan',
  weekly: 'blue',
  monthly: 'purple',
  quarterly: 'orange',
  annual: 'red',
};
export const KIND_KEYS: Record<OutcomeKind, TranslationKey> = {
  info: 'meetings.kind.info',
  decision: 'meetings.kind.decision',
  action: 'meetings.kind.action',
};
export const PLACE_KEYS: Record<PlaceKind, TranslationKey> = {
  office: 'meetings.placeKind.office',
  firm: 'meetings.placeKind.firm',
  site: 'meetings.placeKind.site',
};
const KIND_COLORS: Record<OutcomeKind, string> = { info: 'default', decision: 'geekblue', action: 'gold' };

export function CadenceTag({ cadence }: { cadence: Cadence }) {
  const { t } = useTranslation();
  return (
    <Tag color={CADENCE_COLORS[cadence]} data-testid="cadence-tag" data-cadence={cadence}>
      {t(CADENCE_KEYS[cadence])}
    </Tag>
  );
}

export function KindTag({ kind }: { kind: OutcomeKind }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLORS[kind]}>{t(KIND_KEYS[kind])}</Tag>;
}

/** An action's age in working days, red with 逾期 when past its due date. */
export function AgeTag({ action }: { action: Pick<Action, 'ageWorkdays' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <Tag color={action.overdue ? 'red' : 'default'} data-testid="action-age">
      {t('meetings.age', { days: action.ageWorkdays })}
      {action.overdue ? ` · ${t('meetings.overdue')}` : ''}
    </Tag>
  );
}
