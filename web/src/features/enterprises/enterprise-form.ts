import dayjs, { type Dayjs } from 'dayjs';
import type { Enterprise, EnterpriseInput, EnterpriseStatus } from './enterprises.api';

/** The enterprise form's values: capital in 万元, the founding date as a day. */
export interface EnterpriseFormValues {
  uscc: string;
  name: string;
  formerNames: string[];
  legalRepresentative?: string;
  registeredCapitalWan?: number | null;
  foundedOn?: Dayjs | null;
  address?: string;
  parkId?: string | null;
  status: EnterpriseStatus;
  industryCode?: string | null;
  employees?: number | null;
}

export const enterpriseToForm = (e: Enterprise): EnterpriseFormValues => ({
  uscc: e.uscc,
  name: e.name,
  formerNames: e.formerNames,
  legalRepresentative: e.legalRepresentative ?? '',
  registeredCapitalWan: e.registeredCapitalYuan === null ? null : e.registeredCapitalYuan / 10_000,
  foundedOn: e.foundedOn ? dayjs(e.foundedOn) : null,
  address: e.address ?? '',
  parkId: e.parkId,
  status: e.status,
  industryCode: e.industryCode,
  employees: e.employees,
});

/** What the API takes: blanks as null, 万元 back to yuan. */
export const enterpriseFormToBody = (v: EnterpriseFormValues): EnterpriseInput => ({
  uscc: v.uscc,
  name: v.name,
  formerNames: v.formerNames ?? [],
  legalRepresentative: v.legalRepresentative || null,
  registeredCapitalYuan: v.registeredCapitalWan == null ? null : Math.round(v.registeredCapitalWan * 10_000),
  foundedOn: v.foundedOn ? v.foundedOn.format('YYYY-MM-DD') : null,
  address: v.address || null,
  parkId: v.parkId ?? null,
  status: v.status,
  industryCode: v.industryCode ?? null,
  employees: v.employees ?? null,
});

export type EnterprisePatch = Partial<EnterpriseInput> & { version: number };

/**
 * Only what the user changed since the form opened, with the version it is based on: after a
 * conflict, saving again applies the user's changes on top of the other save instead of putting
 * back the fields the other person changed.
 */
export function enterprisePatch(
  body: EnterpriseInput,
  opened: Partial<EnterpriseInput>,
  version: number,
): EnterprisePatch {
  const patch: EnterprisePatch = { version };
  for (const key of Object.keys(body) as (keyof EnterpriseInput)[]) {
    if (JSON.stringify(body[key]) !== JSON.stringify(opened[key])) Object.assign(patch, { [key]: body[key] });
  }
  return patch;
}
