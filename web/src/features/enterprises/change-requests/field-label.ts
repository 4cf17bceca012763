import type { Locale, TranslationKey } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { formatYuan } from '../money';
import type { FieldValue, RegisteredField } from './change-requests.api';

export const FIELD_LABEL_KEYS: Record<RegisteredField, TranslationKey> = {
  name: 'enterprises.name',
  uscc: 'enterprises.uscc',
  legalRepresentative: 'enterprises.legalRepresentative',
  registeredCapitalYuan: 'enterprises.registeredCapital',
  foundedOn: 'enterprises.foundedOn',
  address: 'enterpriseSelf.registeredAddress',
  industryCode: 'enterprises.industry',
};

/** A registered fact's value as the profile shows it: capital in 万元, dates by the one date rule. */
export function formatFieldValue(field: RegisteredField, value: FieldValue, locale: Locale, none: string): string {
  if (value === null || value === '') return none;
  if (field === 'registeredCapitalYuan' && typeof value === 'number') return formatYuan(value, locale);
  if (field === 'foundedOn' && typeof value === 'string') return formatDate(value, locale);
  return String(value);
}
