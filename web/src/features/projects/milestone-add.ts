/** The add-item form's values, dates already as YYYY-MM-DD. */
export interface MilestoneAddValues {
  name: string;
  phaseId?: string | null | undefined;
  ownerId?: string | null | undefined;
  plannedStartOn: string;
  dueOn: string;
  predecessorIds?: string[] | undefined;
  notes?: string | null | undefined;
}

export const MILESTONE_ADD_FIELDS = [
  'name',
  'phaseId',
  'ownerId',
  'plannedStartOn',
  'dueOn',
  'predecessorIds',
  'notes',
];

/** The POST /projects/:id/milestones body: blanks as null, no predecessors as []. */
export function milestoneAddBody(v: MilestoneAddValues) {
  return {
    name: v.name.trim(),
    phaseId: v.phaseId ?? null,
    ownerId: v.ownerId ?? null,
    plannedStartOn: v.plannedStartOn,
    dueOn: v.dueOn,
    predecessorIds: v.predecessorIds ?? [],
    notes: v.notes?.trim() ? v.notes.trim() : null,
  };
}
