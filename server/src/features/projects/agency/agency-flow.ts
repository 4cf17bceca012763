/**
 * The life of an approval item (全代办) as a pure state machine: which step moves it from which
 * state to which, and who may take it. The task force prepares and (re)submits; the handling
 * department accepts (受理), returns for correction (退回补正, with a reason) and approves (办结).
 *
 *   draft ─submit→ submitted ─accept→ accepted ─approve→ approved
 *                      │                  │
 *                      └──return──→ returned ←──return──┘
 *   returned ─resubmit→ submitted (never accepted) | accepted (the clock resumes)
 */

export const AGENCY_STATES = ['draft', 'submitted', 'accepted', 'returned', 'approved'] as const;
export type AgencyState = (typeof AGENCY_STATES)[number];

export const AGENCY_STEPS = ['submit', 'accept', 'return', 'resubmit', 'approve'] as const;
export type AgencyStep = (typeof AGENCY_STEPS)[number];

/** Who takes a step: the project's task force or the item's handling department. */
export type AgencyActor = 'taskForce' | 'department';

interface StepRule {
  from: readonly AgencyState[];
  by: AgencyActor;
}

const RULES: Record<AgencyStep, StepRule> = {
  submit: { from: ['draft'], by: 'taskForce' },
  accept: { from: ['submitted'], by: 'department' },
  return: { from: ['submitted', 'accepted'], by: 'department' },
  resubmit: { from: ['returned'], by: 'taskForce' },
  approve: { from: ['accepted'], by: 'department' },
};

/** What the caller is to this item (a zone admin may be both). */
export interface AgencyRoles {
  taskForce: boolean;
  department: boolean;
}

/**
 * The state after a step, or null when the step cannot be taken from this state. A resubmitted item
 * that was accepted before goes back to accepted (its papers are now complete; nothing is accepted twice).
 */
export function nextState(state: AgencyState, step: AgencyStep, wasAccepted: boolean): AgencyState | null {
  if (!RULES[step].from.includes(state)) return null;
  switch (step) {
    case 'submit':
      return 'submitted';
    case 'accept':
      return 'accepted';
    case 'return':
      return 'returned';
    case 'resubmit':
      return wasAccepted ? 'accepted' : 'submitted';
    case 'approve':
      return 'approved';
  }
}

/** Whether these roles may take the step (regardless of state). */
export function mayTakeStep(step: AgencyStep, roles: AgencyRoles): boolean {
  return roles[RULES[step].by];
}

/** The steps the caller may take now, in the order the desk shows their buttons. */
export function availableSteps(state: AgencyState, roles: AgencyRoles): AgencyStep[] {
  return AGENCY_STEPS.filter((step) => RULES[step].from.includes(state) && mayTakeStep(step, roles));
}

/** The state an item's dates imply (for rows written before the states existed). */
export function stateFromDates(item: {
  submittedOn: string | null;
  acceptedOn: string | null;
  approvedOn: string | null;
}): AgencyState {
  if (item.approvedOn !== null) return 'approved';
  if (item.acceptedOn !== null) return 'accepted';
  if (item.submittedOn !== null) return 'submitted';
  return 'draft';
}
