import type { Enterprise, ProfileInput } from './enterprises.api';

/** The profile form's values: text as typed (blank allowed), employees as a number or blank. */
export interface ProfileFormValues {
  phone?: string | null;
  website?: string | null;
  officeAddress?: string | null;
  businessDescription?: string | null;
  employees?: number | null;
}

const PROFILE_KEYS = ['phone', 'website', 'officeAddress', 'businessDescription', 'employees'] as const;

export const profileToForm = (e: Enterprise): ProfileFormValues => ({
  phone: e.phone,
  website: e.website,
  officeAddress: e.officeAddress,
  businessDescription: e.businessDescription,
  employees: e.employees,
});

const text = (v: string | null | undefined) => {
  const trimmed = v?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/**
 * What PATCH /enterprises/:id/profile takes: blanks as null, and only the fields that differ from
 * the record as the form opened on it, so a save after someone else's does not put theirs back.
 */
export function profilePatch(
  values: ProfileFormValues,
  opened: ProfileFormValues,
  version: number,
): ProfileInput & { version: number } {
  const now: ProfileInput = {
    phone: text(values.phone),
    website: text(values.website),
    officeAddress: text(values.officeAddress),
    businessDescription: text(values.businessDescription),
    employees: values.employees ?? null,
  };
  const before: ProfileInput = {
    phone: text(opened.phone),
    website: text(opened.website),
    officeAddress: text(opened.officeAddress),
    businessDescription: text(opened.businessDescription),
    employees: opened.employees ?? null,
  };
  const patch: ProfileInput & { version: number } = { version };
  for (const key of PROFILE_KEYS) if (now[key] !== before[key]) Object.assign(patch, { [key]: now[key] });
  return patch;
}
