import type { ActivityKind, GateItem, Pool, Reminder, ScreeningVerdict, Stage } from '@zonehub/investment-rules';

/** The shapes of /api/v1/investment/leads (docs/design/investment.md, "Shapes"). */
export interface LeadSummary {
  id: string;
  code: string;
  name: string;
  stage: Stage;
  version: number;
  investorName: string;
  investorRegion: string | null;
  investorProvince: string | null;
  investorCity: string | null;
  industryCode: string | null;
  industryName: string | null;
  chainName: string | null;
  plannedInvestmentYuan: number | null;
  signedAmountYuan: number | null;
  methodId: string | null;
  methodName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  taskForceId: string;
  taskForceName: string | null;
  targetParkId: string | null;
  targetParkName: string | null;
  registeredOn: string;
  stageEnteredOn: string;
  lastActivityOn: string | null;
  signedOn: string | null;
  landedOn: string | null;
  reminders: Reminder[];
  updatedAt: string;
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface Move {
  id: string;
  seq: number;
  kind: 'forward' | 'drop' | 'undo';
  fromStage: Stage;
  toStage: Stage;
  effectiveOn: string;
  reason: string | null;
  evidence: Record<string, unknown>;
  undone: boolean;
  undoesMoveId: string | null;
  movedBy: PersonRef | null;
  movedAt: string;
}

export interface Screening {
  id: string;
  verdict: ScreeningVerdict;
  reasons: string;
  conditions: string | null;
  decidedBy: string;
  decidedOn: string;
  recordedBy: PersonRef | null;
  createdAt: string;
}

export interface AttachmentMeta {
  id: string;
  kind: 'contract' | 'other';
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedBy: string | null;
  createdAt: string;
}

export interface LeadDetail extends LeadSummary {
  investorUscc: string | null;
  expectedOutputYuan: number | null;
  expectedTaxYuan: number | null;
  expectedJobs: number | null;
  landDemandMu: number | null;
  energyDemandTce: number | null;
  sourcePerson: string | null;
  description: string | null;
  contractAttachmentId: string | null;
  landedEnterpriseId: string | null;
  landedEnterpriseName: string | null;
  landedParcelId: string | null;
  landedParcelCode: string | null;
  landedBuildingId: string | null;
  landedBuildingName: string | null;
  droppedReason: string | null;
  droppedFromStage: Stage | null;
  projectId: string | null;
  createdAt: string;
  screenings: Screening[];
  attachments: AttachmentMeta[];
  moves: Move[];
  gate: { nextPool: Pool | null; missing: GateItem[] };
  canUndo: boolean;
  canEdit: boolean;
}

export interface Activity {
  id: string;
  leadId: string | null;
  leadName: string | null;
  leadCode: string | null;
  taskForceId: string;
  taskForceName: string | null;
  kind: ActivityKind;
  subject: string;
  happenedOn: string;
  endsOn: string | null;
  city: string | null;
  participants: string | null;
  counterparts: string | null;
  notes: string | null;
  recordedBy: PersonRef | null;
  createdAt: string;
}

export type DuplicateReason = 'uscc' | 'sameName' | 'samePinyin' | 'contains' | 'similar';

/** A lead whose investor looks like the one being typed; outside the caller's scope only named. */
export interface DuplicateMatch {
  leadId: string | null;
  code: string;
  name: string | null;
  investorName: string;
  stage: Stage | null;
  taskForceName: string | null;
  reason: DuplicateReason;
  visible: boolean;
}

/** The fields POST /leads takes and PATCH /leads/:id changes (amounts in yuan). */
export interface LeadInput {
  name: string;
  investorName: string;
  investorUscc?: string | null;
  investorRegion?: string | null;
  investorProvince?: string | null;
  investorCity?: string | null;
  industryCode?: string | null;
  chainName?: string | null;
  plannedInvestmentYuan?: number | null;
  expectedOutputYuan?: number | null;
  expectedTaxYuan?: number | null;
  expectedJobs?: number | null;
  landDemandMu?: number | null;
  energyDemandTce?: number | null;
  methodId?: string | null;
  sourcePerson?: string | null;
  ownerId?: string | null;
  taskForceId: string;
  targetParkId?: string | null;
  description?: string | null;
  registeredOn?: string;
}

export interface BoardPool {
  stage: Stage;
  total: number;
  items: LeadSummary[];
}

export interface SavedFilter {
  id: string;
  name: string;
  query: Record<string, string>;
  createdAt?: string;
}
