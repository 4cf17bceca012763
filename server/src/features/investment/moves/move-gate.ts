import { type MoveEvidence, missingEvidence, type Stage } from '@zonehub/investment-rules';
import { normalizeUscc, usccProblem } from '@zonehub/uscc';
import type { Db } from '../../../db/database.js';
import { AppError, type FieldError } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { usccFieldError } from '../../enterprises/enterprise-field-errors.js';
import type { LeadRow } from '../investment.table.js';
import { dateProblem } from './date-checks.js';
import * as repo from './move.repository.js';
import type { MoveInput } from './move.schema.js';
import { latestContractAttachmentId, leadEvidence } from './move-evidence.repository.js';
import { gateFieldErrors, gateParams, type MoveValueCode, moveFieldError } from './move-messages.js';

/** What the gate saw and what the move will write, once every check has passed. */
export interface CheckedMove {
  effectiveOn: string;
  evidence: MoveEvidence;
  contractAttachmentId: string | null;
  /** The normalized credit code of an enterprise the move registers. */
  newEnterpriseUscc: string | null;
}

/**
 * The lead's own evidence with the move's body laid over it, then the gate of the target pool
 * (422 naming each missing item). Only the fields of the target pool count; others are ignored.
 */
export async function checkGate(
  db: Db,
  lead: LeadRow,
  input: MoveInput,
  today: string,
  locale: Locale,
): Promise<{ evidence: MoveEvidence; contractAttachmentId: string | null }> {
  const base = await leadEvidence(db, lead, today);
  const contractAttachmentId =
    input.contractAttachmentId ?? lead.contractAttachmentId ?? (await latestContractAttachmentId(db, lead.id));
  const evidence: MoveEvidence = {
    ...base,
    signedOn: input.signedOn ?? base.signedOn,
    signedAmountYuan: input.signedAmountYuan ?? base.signedAmountYuan,
    hasContractDocument: contractAttachmentId !== null,
    hasEnterprise: base.hasEnterprise || input.enterpriseId !== undefined || input.newEnterprise !== undefined,
    hasSite: base.hasSite || input.parcelId !== undefined || input.buildingId !== undefined,
    reason: input.reason ?? null,
  };
  const missing = missingEvidence(input.to, evidence);
  if (missing.length > 0) {
    throw new AppError('lead.gateMissing', gateParams(locale, input.to, missing), gateFieldErrors(locale, missing));
  }
  return { evidence, contractAttachmentId };
}

const NOT_IN_ZONE = {
  enterprises: 'enterprise.notInZone',
  parcels: 'parcel.notInZone',
  factoryBuildings: 'building.notInZone',
  parks: 'park.notInZone',
} as const satisfies Record<repo.ZoneTable, MoveValueCode>;

/** The values themselves: dates plausible, links inside the zone and the lead, a valid credit code. */
export async function checkValues(
  db: Db,
  lead: LeadRow,
  input: MoveInput,
  today: string,
  locale: Locale,
): Promise<{ newEnterpriseUscc: string | null }> {
  const errors: FieldError[] = [];
  const date = (field: string, value: string | undefined) => {
    const problem = value === undefined ? null : dateProblem(locale, `body.${field}`, value, today);
    if (problem) errors.push(problem);
  };
  const link = async (field: string, table: repo.ZoneTable, id: string | undefined) => {
    if (id !== undefined && !(await repo.inZone(db, table, lead.zoneId, id))) {
      errors.push(moveFieldError(locale, `body.${field}`, NOT_IN_ZONE[table]));
    }
  };
  date('effectiveOn', input.effectiveOn);
  let newEnterpriseUscc: string | null = null;
  const to: Stage = input.to;
  if (to === 'signed') {
    date('signedOn', input.signedOn);
    const id = input.contractAttachmentId;
    if (id !== undefined && !(await repo.attachmentOfLead(db, lead.id, id))) {
      errors.push(moveFieldError(locale, 'body.contractAttachmentId', 'attachment.unknown'));
    }
  }
  if (to === 'landed') {
    if (input.enterpriseId !== undefined && input.newEnterprise !== undefined) {
      errors.push(moveFieldError(locale, 'body.newEnterprise', 'enterprise.exactlyOne'));
    }
    await link('enterpriseId', 'enterprises', input.enterpriseId);
    await link('parcelId', 'parcels', input.parcelId);
    await link('buildingId', 'factoryBuildings', input.buildingId);
    if (input.newEnterprise) {
      newEnterpriseUscc = normalizeUscc(input.newEnterprise.uscc);
      const problem = usccProblem(newEnterpriseUscc);
      if (problem) errors.push(usccFieldError(locale, 'body.newEnterprise.uscc', problem));
      await link('newEnterprise.parkId', 'parks', input.newEnterprise.parkId);
    }
  }
  if (errors.length > 0) throw new AppError('validation.failed', { count: errors.length }, errors);
  return { newEnterpriseUscc };
}
