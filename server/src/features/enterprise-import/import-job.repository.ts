import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { EnterpriseRow } from '../enterprises/enterprise.table.js';
import type { ImportJobRow, ImportJobStatus, ImportJobUpdate, NewImportJob } from './import-job.table.js';

/** Keeps IN lists and multi-row inserts under both databases' bound-parameter limits. */
const CHUNK = 500;

export async function zoneParks(db: Db, zoneId: string) {
  return db
    .selectFrom('parks')
    .select(['id', 'code', 'name'])
    .where('zoneId', '=', zoneId)
    .orderBy('sortOrder')
    .orderBy('name')
    .execute();
}

export async function industryCodes(db: Db) {
  return db.selectFrom('industryCodes').select(['code', 'level', 'name']).orderBy('sortOrder').execute();
}

/** The zone's enterprises holding any of these credit codes, by code. */
export async function enterprisesByUscc(db: Db, zoneId: string, usccs: readonly string[]) {
  const found = new Map<string, EnterpriseRow>();
  for (let i = 0; i < usccs.length; i += CHUNK) {
    const rows = await db
      .selectFrom('enterprises')
      .selectAll()
      .where('zoneId', '=', zoneId)
      .where('uscc', 'in', usccs.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) found.set(row.uscc, row);
  }
  return found;
}

export async function insertJob(db: Db, job: NewImportJob): Promise<void> {
  await db.insertInto('importJobs').values(job).execute();
}

export async function findJob(db: Db, zoneId: string, id: string): Promise<ImportJobRow | undefined> {
  return db.selectFrom('importJobs').selectAll().where('id', '=', id).where('zoneId', '=', zoneId).executeTakeFirst();
}

/** A job's status by id alone (any zone): for the start-up clean-up of staged rows. */
export async function jobStatus(db: Db, id: string): Promise<ImportJobStatus | undefined> {
  const row = await db.selectFrom('importJobs').select('status').where('id', '=', id).executeTakeFirst();
  return row?.status;
}

export async function updateJob(db: Db, id: string, changes: ImportJobUpdate): Promise<void> {
  await db.updateTable('importJobs').set(changes).where('id', '=', id).execute();
}

/** Moves a job from one status to another only if it is still in the first; false when it was not. */
export async function moveJob(
  db: Db,
  id: string,
  from: ImportJobStatus,
  changes: ImportJobUpdate & { status: ImportJobStatus },
): Promise<boolean> {
  const result = await db
    .updateTable('importJobs')
    .set(changes)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Marks failed the jobs left "importing" by a process that died mid-commit (its transaction rolled
 * back, so nothing of it was written): all of them when `startedBefore` is null, else those started
 * before it. Returns how many.
 */
export async function failAbandonedJobs(db: Db, startedBefore: string | null, finishedAt: string): Promise<number> {
  const result = await db
    .updateTable('importJobs')
    .set({ status: 'failed', processedRows: 0, failure: 'abandoned', finishedAt })
    .where('status', '=', 'importing')
    .$if(startedBefore !== null, (q) =>
      q.where((eb) => eb.or([eb('startedAt', 'is', null), eb('startedAt', '<', startedBefore ?? '')])),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The job without its records (megabytes for a large sheet), with their size to tell whether they changed. */
export async function findJobHead(db: Db, zoneId: string, id: string) {
  return db
    .selectFrom('importJobs')
    .select([
      'id',
      'zoneId',
      'userId',
      'fileName',
      'status',
      'mode',
      'totalRows',
      'processedRows',
      'createdCount',
      'updatedCount',
      'problems',
      'failure',
      'createdAt',
      'startedAt',
      'finishedAt',
      sql<number>`octet_length(records)`.as('recordsBytes'),
    ])
    .where('id', '=', id)
    .where('zoneId', '=', zoneId)
    .executeTakeFirst();
}

export async function findRecords(db: Db, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('importJobs').select('records').where('id', '=', id).executeTakeFirst();
  return row?.records;
}

export interface ContactToWrite {
  id: string;
  enterpriseId: string;
  name: string;
  phone: string | null;
  createdAt: string;
}

export async function insertPrimaryContacts(trx: Db, rows: readonly ContactToWrite[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto('enterpriseContacts')
      .values(
        rows
          .slice(i, i + CHUNK)
          .map((r) => ({ ...r, title: null, email: null, isPrimary: 1, isDemo: 0, updatedAt: r.createdAt })),
      )
      .execute();
  }
}

/** The sheet's contact becomes the primary one: same name → updated, otherwise added; others stay, not primary. */
export async function makePrimaryContact(trx: Db, contact: ContactToWrite): Promise<void> {
  await trx
    .updateTable('enterpriseContacts')
    .set({ isPrimary: 0, updatedAt: contact.createdAt })
    .where('enterpriseId', '=', contact.enterpriseId)
    .where('isPrimary', '=', 1)
    .where('name', '<>', contact.name)
    .execute();
  const same = await trx
    .updateTable('enterpriseContacts')
    .set({ isPrimary: 1, ...(contact.phone ? { phone: contact.phone } : {}), updatedAt: contact.createdAt })
    .where('enterpriseId', '=', contact.enterpriseId)
    .where('name', '=', contact.name)
    .executeTakeFirst();
  if (Number(same.numUpdatedRows) === 0) await insertPrimaryContacts(trx, [contact]);
}

export interface ClassificationToWrite {
  id: string;
  enterpriseId: string;
  zoneId: string;
  kind: 'aboveScaleIndustrial' | 'fourAbove' | 'highTech' | 'srdi' | 'chainLeader';
  sector: 'industry' | 'construction' | 'tradeAccommodationCatering' | 'services' | 'realEstate' | null;
  level: 'provincial' | 'national' | null;
  year: number;
  createdAt: string;
}

export async function existingClassifications(db: Db, enterpriseIds: readonly string[]) {
  const rows: { id: string; enterpriseId: string; kind: string; year: number }[] = [];
  for (let i = 0; i < enterpriseIds.length; i += CHUNK) {
    rows.push(
      ...(await db
        .selectFrom('enterpriseClassifications')
        .select(['id', 'enterpriseId', 'kind', 'year'])
        .where('enterpriseId', 'in', enterpriseIds.slice(i, i + CHUNK))
        .execute()),
    );
  }
  return rows;
}

export async function insertClassifications(trx: Db, rows: readonly ClassificationToWrite[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto('enterpriseClassifications')
      .values(rows.slice(i, i + CHUNK).map((r) => ({ ...r, isDemo: 0 })))
      .execute();
  }
}

export async function updateClassification(
  trx: Db,
  id: string,
  changes: Pick<ClassificationToWrite, 'sector' | 'level'>,
): Promise<void> {
  await trx.updateTable('enterpriseClassifications').set(changes).where('id', '=', id).execute();
}

/** What the export needs beyond the list row: former names, address and the primary contact. */
export async function exportExtras(db: Db, enterpriseIds: readonly string[]) {
  const extras = new Map<string, { formerNames: string | null; address: string | null }>();
  const contacts = new Map<string, { name: string; phone: string | null }>();
  if (enterpriseIds.length === 0) return { extras, contacts };
  const ids = [...enterpriseIds];
  for (const row of await db
    .selectFrom('enterprises')
    .select(['id', 'formerNames', 'address'])
    .where('id', 'in', ids)
    .execute()) {
    extras.set(row.id, row);
  }
  for (const row of await db
    .selectFrom('enterpriseContacts')
    .select(['enterpriseId', 'name', 'phone'])
    .where('enterpriseId', 'in', ids)
    .where('isPrimary', '=', 1)
    .orderBy('createdAt')
    .execute()) {
    if (!contacts.has(row.enterpriseId)) contacts.set(row.enterpriseId, row);
  }
  return { extras, contacts };
}
