import dayjs, { type Dayjs } from 'dayjs';
import type { Enterprise } from '../enterprises.api';
import { type FieldValue, type ProposedValues, REGISTERED_FIELDS } from './change-requests.api';

/** The change form's values: the registered facts as the enterprise form takes them (capital in 万元). */
export interface ChangeFormValues {
  name: string;
  uscc: string;
  legalRepresentative?: string | null;
  registeredCapitalWan?: number | null;
  foundedOn?: Dayjs | null;
  address?: string | null;
  industryCode?: string | null;
  reason: string;
}

export const changeFormOf = (e: Enterprise): Omit<ChangeFormValues, 'reason'> => ({
  name: e.name,
  uscc: e.uscc,
  legalRepresentative: e.legalRepresentative,
  registeredCapitalWan: e.registeredCapitalYuan === null ? null : e.registeredCapitalYuan / 10_000,
  foundedOn: e.foundedOn ? dayjs(e.foundedOn) : null,
  address: e.address,
  industryCode: e.industryCode,
});

const text = (v: string | null | undefined) => {
  const trimmed = v?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** The proposed values that differ from the record: what the request asks to change. */
export function proposedChanges(values: ChangeFormValues, e: Enterprise): ProposedValues {
  const proposed: Record<(typeof REGISTERED_FIELDS)[number], FieldValue> = {
    name: text(values.name),
    uscc: text(values.uscc),
    legalRepresentative: text(values.legalRepresentative),
    registeredCapitalYuan:
      values.registeredCapitalWan == null ? null : Math.round(values.registeredCapitalWan * 10_000),
    foundedOn: values.foundedOn ? values.foundedOn.format('YYYY-MM-DD') : null,
    address: text(values.address),
    industryCode: values.industryCode ?? null,
  };
  const changes: ProposedValues = {};
  for (const field of REGISTERED_FIELDS) {
    if (proposed[field] !== e[field]) changes[field] = proposed[field];
  }
  return changes;
}
