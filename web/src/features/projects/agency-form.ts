import type { AgencyItem, AgencyItemInput } from './agency.api';

/** The add/edit form's values: dates as YYYY-MM-DD strings (the pickers convert at the edge). */
export interface AgencyFormValues {
  item: string;
  departmentId: string;
  submittedOn: string | null;
  acceptedOn: string | null;
  approvedOn: string | null;
  statutoryDays: number;
  tolerance: boolean;
  commitment: boolean;
  handledByName: string | null;
  notes: string | null;
}

const text = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

export function formValuesOf(item: AgencyItem | null): Partial<AgencyFormValues> {
  if (item === null) return { tolerance: false, commitment: false };
  return {
    item: item.item,
    departmentId: item.departmentId,
    submittedOn: item.submittedOn,
    acceptedOn: item.acceptedOn,
    approvedOn: item.approvedOn,
    statutoryDays: item.statutoryDays,
    tolerance: item.tolerance,
    commitment: item.commitment,
    handledByName: item.handledByName,
    notes: item.notes,
  };
}

/**
 * The request body: everything for a new item or the task force; for the handling department only
 * what it may change (dates, handler, notes), so the server does not refuse the save.
 */
export function bodyOf(
  values: AgencyFormValues,
  editing: AgencyItem | null,
  mayWork: boolean,
): Partial<AgencyItemInput> & { version?: number } {
  const handled = {
    submittedOn: values.submittedOn ?? null,
    acceptedOn: values.acceptedOn ?? null,
    approvedOn: values.approvedOn ?? null,
    handledByName: text(values.handledByName),
    notes: text(values.notes),
  };
  const version = editing ? { version: editing.version } : {};
  if (!mayWork) return { ...version, ...handled };
  return {
    ...version,
    ...handled,
    item: values.item.trim(),
    departmentId: values.departmentId,
    statutoryDays: values.statutoryDays,
    tolerance: values.tolerance,
    commitment: values.commitment,
  };
}

/** "used / limit" working days, or "— / limit" before submission. */
export const elapsedParts = (item: Pick<AgencyItem, 'elapsedWorkdays' | 'statutoryDays'>) => ({
  elapsed: item.elapsedWorkdays === null ? '—' : String(item.elapsedWorkdays),
  limit: String(item.statutoryDays),
});
