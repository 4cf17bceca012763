import type { Insertable } from 'kysely';
import type { Db } from '../../../db/database.js';
import { inScope } from '../../../db/scope-filter.js';
import type { Scope } from '../../../http/context.js';
import type { ChangeRequestListRow } from './change-request.schema.js';
import type { ChangeRequestStatus, EnterpriseChangeRequestTable } from './change-request.table.js';

export interface ChangeRequestFilter {
  status?: ChangeRequestStatus | undefined;
  enterpriseId?: string | undefined;
}

/** Requests the caller may see: those of the enterprises in their scope (own park, own enterprise). */
function visible(db: Db, scope: Scope, filter: ChangeRequestFilter) {
  return db
    .selectFrom('enterpriseChangeRequests as r')
    .innerJoin('enterprises as e', 'e.id', 'r.enterpriseId')
    .where(inScope(scope, { zone: 'r.zoneId', park: 'e.parkId', enterprise: 'r.enterpriseId' }))
    .$if(filter.status !== undefined, (q) => q.where('r.status', '=', filter.status ?? 'pending'))
    .$if(filter.enterpriseId !== undefined, (q) => q.where('r.enterpriseId', '=', filter.enterpriseId ?? ''));
}

function withNames(db: Db, scope: Scope, filter: ChangeRequestFilter) {
  return visible(db, scope, filter)
    .leftJoin('users as s', 's.id', 'r.submittedBy')
    .leftJoin('users as v', 'v.id', 'r.reviewedBy')
    .select([
      'r.id',
      'r.enterpriseId',
      'e.name as enterpriseName',
      'r.status',
      'r.changes',
      'r.reason',
      's.displayName as submittedByName',
      'r.submittedAt',
      'v.displayName as reviewedByName',
      'r.reviewedAt',
      'r.reviewNote',
      'r.fileName',
      'r.fileMediaType',
      'r.fileSizeBytes',
    ]);
}

export async function countRequests(db: Db, scope: Scope, filter: ChangeRequestFilter): Promise<number> {
  const row = await visible(db, scope, filter)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export function listRequests(
  db: Db,
  scope: Scope,
  filter: ChangeRequestFilter,
  page: { offset: number; limit: number; order: 'asc' | 'desc' },
): Promise<ChangeRequestListRow[]> {
  return withNames(db, scope, filter)
    .orderBy('r.submittedAt', page.order)
    .orderBy('r.id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}

export function findRequestView(db: Db, scope: Scope, id: string): Promise<ChangeRequestListRow | undefined> {
  return withNames(db, scope, {}).where('r.id', '=', id).executeTakeFirst();
}

/** The request's own columns (no file bytes), if the caller may see it. */
export function findRequest(db: Db, scope: Scope, id: string) {
  return visible(db, scope, {})
    .select([
      'r.id',
      'r.zoneId',
      'r.enterpriseId',
      'e.name as enterpriseName',
      'r.status',
      'r.changes',
      'r.submittedBy',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export async function insertRequest(db: Db, row: Insertable<EnterpriseChangeRequestTable>): Promise<void> {
  await db.insertInto('enterpriseChangeRequests').values(row).execute();
}

/**
 * Approves or rejects a pending request; false when it was no longer pending (decided by someone
 * else in between), and then nothing is written.
 */
export async function decideRequest(
  db: Db,
  id: string,
  decision: {
    status: Exclude<ChangeRequestStatus, 'pending'>;
    reviewedBy: string;
    reviewedAt: string;
    reviewNote: string | null;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('enterpriseChangeRequests')
    .set(decision)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Puts the supporting file on a pending request (replacing one sent before); false once decided. */
export async function attachFile(
  db: Db,
  id: string,
  file: { fileName: string; fileMediaType: string; fileSizeBytes: number; fileSha256: string; fileContent: Buffer },
): Promise<boolean> {
  const result = await db
    .updateTable('enterpriseChangeRequests')
    .set(file)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function fileOf(db: Db, id: string) {
  return db
    .selectFrom('enterpriseChangeRequests')
    .select(['fileName', 'fileMediaType', 'fileSha256', 'fileContent'])
    .where('id', '=', id)
    .executeTakeFirst();
}
