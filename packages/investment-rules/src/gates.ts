import type { Stage } from './stages.js';

/**
 * The evidence each pool asks for before a lead may enter it (issue 4, "the four pools and their
 * gates"). The server gathers what the lead has; this says what is missing, by name, so the refusal
 * and the Kanban's gate dialog can list exactly the items still to provide.
 */
export interface MoveEvidence {
  /** Meetings (会谈) recorded with the investor, of any date up to the move. */
  meetingCount: number;
  signedOn: string | null;
  signedAmountYuan: number | null;
  /** The contract or agreement document, uploaded to the lead. */
  hasContractDocument: boolean;
  /** The latest environmental access screening's verdict, or null when there is none. */
  screeningVerdict: ScreeningVerdict | null;
  /** The registered enterprise in the registry (linked or created with a valid credit code). */
  hasEnterprise: boolean;
  /** A parcel or a factory building the project lands on. */
  hasSite: boolean;
  reason: string | null;
}

export const SCREENING_VERDICTS = ['pass', 'conditional', 'reject'] as const;
export type ScreeningVerdict = (typeof SCREENING_VERDICTS)[number];

export type GateItem =
  | 'meeting'
  | 'signedOn'
  | 'signedAmount'
  | 'contractDocument'
  | 'screening'
  | 'screeningRejected'
  | 'enterprise'
  | 'site'
  | 'reason';

const blank = (text: string | null) => text === null || text.trim() === '';

/** The items missing for a lead to enter `to`, in the order a form would ask for them. */
export function missingEvidence(to: Stage, evidence: MoveEvidence): GateItem[] {
  const missing: GateItem[] = [];
  switch (to) {
    case 'reserve':
      break;
    case 'negotiating':
      if (evidence.meetingCount < 1) missing.push('meeting');
      break;
    case 'signed':
      if (evidence.screeningVerdict === null) missing.push('screening');
      else if (evidence.screeningVerdict === 'reject') missing.push('screeningRejected');
      if (evidence.signedOn === null) missing.push('signedOn');
      if (evidence.signedAmountYuan === null) missing.push('signedAmount');
      if (!evidence.hasContractDocument) missing.push('contractDocument');
      break;
    case 'landed':
      if (!evidence.hasEnterprise) missing.push('enterprise');
      if (!evidence.hasSite) missing.push('site');
      break;
    case 'dropped':
      if (blank(evidence.reason)) missing.push('reason');
      break;
  }
  return missing;
}
