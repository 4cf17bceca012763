import type { ActivityKind, ContestMetric, ScreeningVerdict, Stage } from '@zonehub/investment-rules';
import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/** Table types of the investment-promotion module (招商), one per migration 20261129T16xx. */
export interface InvestmentMethodTable {
  id: string;
  zoneId: string;
  name: string;
  sortOrder: number;
  active: number;
  createdAt: string;
  updatedAt: string;
}

export interface InvestmentSettingsTable {
  zoneId: string;
  /** JSON: ContestWeights. */
  contestWeights: string;
  idleDays: number;
  /** JSON: ReminderSettings['staleDays']. */
  staleDays: string;
  updatedBy: string | null;
  updatedAt: string;
}

export interface LeadTable {
  id: string;
  zoneId: string;
  code: string;
  name: string;
  stage: Stage;
  version: number;
  investorName: string;
  investorUscc: string | null;
  /** investorKey(investorName) from @zonehub/investment-rules, for the duplicate warning. */
  investorKey: string;
  /** Full pinyin of investorKey, without tones or spaces. */
  investorPinyin: string;
  /** pinyinSearchKeys(name, investorName): what a search by pinyin or initials reads ('' until written). */
  searchKeys: ColumnType<string, string | undefined, string>;
  investorRegion: string | null;
  investorProvince: string | null;
  investorCity: string | null;
  industryCode: string | null;
  chainName: string | null;
  plannedInvestmentYuan: number | null;
  expectedOutputYuan: number | null;
  expectedTaxYuan: number | null;
  expectedJobs: number | null;
  landDemandMu: number | null;
  energyDemandTce: number | null;
  methodId: string | null;
  sourcePerson: string | null;
  ownerId: string | null;
  taskForceId: string;
  targetParkId: string | null;
  description: string | null;
  registeredOn: string;
  stageEnteredOn: string;
  lastActivityOn: string | null;
  signedOn: string | null;
  signedAmountYuan: number | null;
  contractAttachmentId: string | null;
  landedOn: string | null;
  landedEnterpriseId: string | null;
  landedParcelId: string | null;
  landedBuildingId: string | null;
  droppedReason: string | null;
  droppedFromStage: string | null;
  /** Set by the project module when it takes the landed lead over (issue 5). */
  projectId: string | null;
  isDemo: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}
export type LeadRow = Selectable<LeadTable>;
export type NewLead = Insertable<LeadTable>;
export type LeadUpdate = Updateable<LeadTable>;

export type MoveKind = 'forward' | 'drop' | 'undo';

export interface LeadStageMoveTable {
  id: string;
  zoneId: string;
  leadId: string;
  seq: number;
  kind: MoveKind;
  fromStage: Stage;
  toStage: Stage;
  effectiveOn: string;
  reason: string | null;
  /** JSON of what the gate was shown (signed date and amount, contract, enterprise, site …). */
  evidence: string;
  undoesMoveId: string | null;
  undone: number;
  movedBy: string | null;
  movedAt: string;
  isDemo: number;
}
export type LeadStageMoveRow = Selectable<LeadStageMoveTable>;

export interface LeadActivityTable {
  id: string;
  zoneId: string;
  leadId: string | null;
  taskForceId: string;
  kind: ActivityKind;
  subject: string;
  happenedOn: string;
  endsOn: string | null;
  city: string | null;
  participants: string | null;
  counterparts: string | null;
  notes: string | null;
  recordedBy: string | null;
  isDemo: number;
  createdAt: string;
  updatedAt: string;
}
export type LeadActivityRow = Selectable<LeadActivityTable>;

export interface LeadAccessScreeningTable {
  id: string;
  zoneId: string;
  leadId: string;
  verdict: ScreeningVerdict;
  reasons: string;
  conditions: string | null;
  decidedBy: string;
  decidedOn: string;
  recordedBy: string | null;
  isDemo: number;
  createdAt: string;
}

export type AttachmentKind = 'contract' | 'other';

export interface LeadAttachmentTable {
  id: string;
  zoneId: string;
  leadId: string;
  kind: AttachmentKind;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
  uploadedBy: string | null;
  isDemo: number;
  createdAt: string;
}

export interface ContestTargetTable {
  id: string;
  zoneId: string;
  taskForceId: string;
  periodKey: string;
  metric: ContestMetric;
  targetValue: number;
  isDemo: number;
  updatedBy: string | null;
  updatedAt: string;
}

export interface LeadSavedFilterTable {
  id: string;
  zoneId: string;
  userId: string;
  name: string;
  /** JSON of the lead list's query (filters and sort). */
  query: string;
  createdAt: string;
}
