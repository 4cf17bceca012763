import type { Insertable, Selectable } from 'kysely';

export interface AuditLogTable {
  seq: number;
  occurredAt: string;
  zoneId: string | null;
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** JSON text of the entity before the write (null for a create). */
  before: string | null;
  /** JSON text of the entity after the write (null for a delete). */
  after: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
  /** Entries from this seq on carry a MAC under the audit key; earlier ones predate the key. */
  keyedFromSeq: number;
  /** Fingerprint of the audit key the log is written with; null until the first start with a key. */
  keyCheck: string | null;
}

export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditLog = Insertable<AuditLogTable>;
