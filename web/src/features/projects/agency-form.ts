import type { AgencyItem, AgencyItemInput } from './agency.api';

/** The add/edit form's values: dates as YYYY-MM-DD strings (the pickers convert at the edge). */
export interface AgencyFormValues {
  item: string;
  departmentId: string;
  statutoryDays: number;
  tolerance: boolean;
  commitment: boolean;
  notes: string | null;
  /** New items: submit to the department at once. */
  submit?: boolean;
}

const text = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

export function formValuesOf(item: AgencyItem | null): Partial<AgencyFormValues> {
  if (item === null) return { tolerance: false, commitment: false, submit: true };
  return {
    item: item.item,
    departmentId: item.departmentId,
    statutoryDays: item.statutoryDays,
    tolerance: item.tolerance,
    commitment: item.commitment,
    notes: item.notes,
  };
}

/**
 * The request body: everything for a new item or the task force; for the handling department only
 * its notes, so the server does not refuse the save. Dates and handlers come from the steps.
 */
export function bodyOf(
  values: AgencyFormValues,
  editing: AgencyItem | null,
  mayWork: boolean,
): Partial<AgencyItemInput> & { version?: number } {
  const notes = { notes: text(values.notes) };
  if (editing && !mayWork) return { version: editing.version, ...notes };
  const fields = {
    ...notes,
    item: values.item.trim(),
    // A department is fixed while the item is with it (the server says so too).
    ...(editing === null || ['draft', 'returned'].includes(editing.state) ? { departmentId: values.departmentId } : {}),
    statutoryDays: values.statutoryDays,
    tolerance: values.tolerance,
    commitment: values.commitment,
  };
  return editing ? { version: editing.version, ...fields } : { ...fields, submit: values.submit ?? false };
}

/** "used / limit" working days, or "— / limit" before acceptance. */
export const elapsedParts = (item: Pick<AgencyItem, 'elapsedWorkdays' | 'statutoryDays'>) => ({
  elapsed: item.elapsedWorkdays === null ? '—' : String(item.elapsedWorkdays),
  limit: String(item.statutoryDays),
});
