import type { Selectable } from 'kysely';

/** 待审核 / 已通过 / 已驳回 */
export const CHANGE_REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

/**
 * The registered facts (登记事项) an enterprise cannot edit itself: they follow its business licence,
 * so a reviewer checks each change before it is written.
 */
export const REGISTERED_FIELDS = [
  'name',
  'uscc',
  'legalRepresentative',
  'registeredCapitalYuan',
  'foundedOn',
  'address',
  'industryCode',
] as const;
export type RegisteredField = (typeof REGISTERED_FIELDS)[number];

export type FieldValue = string | number | null;

/** One proposed change: the value the request replaces (as read when submitted) and the new one. */
export interface FieldChange {
  field: RegisteredField;
  before: FieldValue;
  after: FieldValue;
}

export interface EnterpriseChangeRequestTable {
  id: string;
  zoneId: string;
  enterpriseId: string;
  status: ChangeRequestStatus;
  /** JSON array of FieldChange. */
  changes: string;
  reason: string;
  submittedBy: string | null;
  submittedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** The rejection's reason, or the approver's note. */
  reviewNote: string | null;
  fileName: string | null;
  fileMediaType: string | null;
  fileSizeBytes: number | null;
  fileSha256: string | null;
  fileContent: Buffer | null;
  isDemo: number;
}

export type EnterpriseChangeRequestRow = Selectable<EnterpriseChangeRequestTable>;
