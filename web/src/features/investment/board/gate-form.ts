import {
  type GateItem,
  type MoveEvidence,
  missingEvidence,
  type ScreeningVerdict,
  type Stage,
} from '@zonehub/investment-rules';
import { wanToYuan } from '../leads/money-input';
import type { MoveBody } from '../leads/moves.api';

/** What the gate dialog asks for, per target stage. */
export type GateSection = 'meeting' | 'screening' | 'signing' | 'contract' | 'enterprise' | 'site' | 'reason';

export function gateSections(to: Stage): GateSection[] {
  switch (to) {
    case 'reserve':
      return [];
    case 'negotiating':
      return ['meeting'];
    case 'signed':
      return ['screening', 'signing', 'contract'];
    case 'landed':
      return ['enterprise', 'site'];
    case 'dropped':
      return ['reason'];
  }
}

/** The gate dialog's form values (dates as YYYY-MM-DD, amounts in 万元). */
export interface GateValues {
  effectiveOn?: string | undefined;
  reason?: string | undefined;
  signedOn?: string | undefined;
  signedAmountWan?: number | null | undefined;
  contractAttachmentId?: string | undefined;
  enterpriseMode?: 'existing' | 'new' | undefined;
  enterpriseId?: string | undefined;
  newEnterpriseName?: string | undefined;
  newEnterpriseUscc?: string | undefined;
  newEnterpriseParkId?: string | undefined;
  newEnterpriseContactName?: string | undefined;
  newEnterpriseContactPhone?: string | undefined;
  siteKind?: 'parcel' | 'building' | undefined;
  parcelId?: string | undefined;
  buildingId?: string | undefined;
  buildingAreaM2?: number | null | undefined;
}

const filled = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/** POST /leads/:id/moves body: only the evidence the target pool asks for, amounts in yuan. */
export function buildMoveBody(to: Stage, version: number, values: GateValues): MoveBody {
  const body: MoveBody = { to, version };
  if (filled(values.effectiveOn)) body.effectiveOn = values.effectiveOn;
  if (filled(values.reason)) body.reason = values.reason.trim();
  const sections = gateSections(to);
  if (sections.includes('signing')) {
    if (filled(values.signedOn)) body.signedOn = values.signedOn;
    const yuan = wanToYuan(values.signedAmountWan);
    if (yuan !== null) body.signedAmountYuan = yuan;
  }
  if (sections.includes('contract') && filled(values.contractAttachmentId))
    body.contractAttachmentId = values.contractAttachmentId;
  if (sections.includes('enterprise')) {
    if (values.enterpriseMode === 'new') {
      body.newEnterprise = {
        name: values.newEnterpriseName?.trim() ?? '',
        uscc: values.newEnterpriseUscc?.trim().toUpperCase() ?? '',
        parkId: values.newEnterpriseParkId ?? '',
      };
      if (filled(values.newEnterpriseContactName))
        body.newEnterprise.contactName = values.newEnterpriseContactName.trim();
      if (filled(values.newEnterpriseContactPhone))
        body.newEnterprise.contactPhone = values.newEnterpriseContactPhone.trim();
    } else if (filled(values.enterpriseId)) body.enterpriseId = values.enterpriseId;
  }
  if (sections.includes('site')) {
    if (values.siteKind === 'building') {
      if (filled(values.buildingId)) body.buildingId = values.buildingId;
      if (typeof values.buildingAreaM2 === 'number') body.buildingAreaM2 = values.buildingAreaM2;
    } else if (filled(values.parcelId)) body.parcelId = values.parcelId;
  }
  return body;
}

/** What the dialog knows of the lead's evidence: its meetings and its latest screening. */
export interface KnownEvidence {
  meetingCount: number;
  screeningVerdict: ScreeningVerdict | null;
}

/** The checklist still open for the move, by the shared gate rule, as the form is being filled. */
export function openGateItems(to: Stage, known: KnownEvidence, values: GateValues): GateItem[] {
  const newEnterprise =
    values.enterpriseMode === 'new' &&
    filled(values.newEnterpriseName) &&
    filled(values.newEnterpriseUscc) &&
    filled(values.newEnterpriseParkId);
  const evidence: MoveEvidence = {
    meetingCount: known.meetingCount,
    screeningVerdict: known.screeningVerdict,
    signedOn: filled(values.signedOn) ? values.signedOn : null,
    signedAmountYuan: wanToYuan(values.signedAmountWan),
    hasContractDocument: filled(values.contractAttachmentId),
    hasEnterprise: newEnterprise || (values.enterpriseMode !== 'new' && filled(values.enterpriseId)),
    hasSite: values.siteKind === 'building' ? filled(values.buildingId) : filled(values.parcelId),
    reason: values.reason ?? null,
  };
  return missingEvidence(to, evidence);
}

/** The form item a server field error belongs on (body field names and gate item names alike). */
const FIELD_OF: Record<string, keyof GateValues | 'meeting' | 'screening'> = {
  effectiveOn: 'effectiveOn',
  reason: 'reason',
  signedOn: 'signedOn',
  signedAmount: 'signedAmountWan',
  signedAmountYuan: 'signedAmountWan',
  contractDocument: 'contractAttachmentId',
  contractAttachmentId: 'contractAttachmentId',
  enterprise: 'enterpriseId',
  enterpriseId: 'enterpriseId',
  'newEnterprise.name': 'newEnterpriseName',
  'newEnterprise.uscc': 'newEnterpriseUscc',
  'newEnterprise.parkId': 'newEnterpriseParkId',
  'newEnterprise.contactName': 'newEnterpriseContactName',
  'newEnterprise.contactPhone': 'newEnterpriseContactPhone',
  buildingAreaM2: 'buildingAreaM2',
  site: 'parcelId',
  parcelId: 'parcelId',
  buildingId: 'buildingId',
  meeting: 'meeting',
  screening: 'screening',
  screeningRejected: 'screening',
};

export function gateFieldOf(serverField: string): keyof GateValues | 'meeting' | 'screening' | null {
  const name = serverField.replace(/^(body|query|params|evidence)\./, '');
  return FIELD_OF[name] ?? null;
}
