import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SheetProblem } from '@zonehub/enterprise-sheet';
import type { Db } from '../../db/database.js';
import type { AppContext, Caller } from '../../http/context.js';
import { type Change, recordChanges } from '../audit/audit.service.js';
import type { EnterpriseRow } from '../enterprises/enterprise.table.js';
import { type EnterpriseChanges, insertEnterprises, updateEnterprise } from '../enterprises/enterprise.writer.js';
import { revealStagingZone, stagedCodesTaken } from '../zones/staging-zone.repository.js';
import { auditShape, type StoredRecord } from './import.schema.js';
import * as repo from './import-job.repository.js';

/**
 * The writes of an import commit: new enterprises are staged chunk by chunk (stageChunk, each in its
 * own short transaction), then one transaction (reveal) updates the known ones, switches the staged
 * ones into the zone and records every audit entry, so readers see all of the sheet or none of it.
 */
export interface CommitPlan {
  zoneId: string;
  stagingId: string;
  columns: Set<string>;
  /** The sheet's rows in order; `ids` holds the new id of each row staged as a new enterprise. */
  rows: StoredRecord[];
  ids: Map<string, string>;
  now: string;
}

/** Writes new enterprises (with their contact and classifications) into the staging zone. */
export async function stageChunk(trx: Db, plan: CommitPlan, chunk: readonly StoredRecord[]): Promise<void> {
  const { stagingId, ids, now } = plan;
  const idOf = (r: StoredRecord) => ids.get(r.uscc) ?? '';
  // The staging zone hides the rows; their search index is written for the real zone already (it is
  // only ever read joined to an enterprise in scope), so the switch need not rewrite ~30 grams a row.
  await insertEnterprises(
    trx,
    chunk.map((r) => ({
      id: idOf(r),
      zoneId: stagingId,
      parkId: r.parkId,
      uscc: r.uscc,
      name: r.name,
      formerNames: r.formerNames.length ? JSON.stringify(r.formerNames) : null,
      legalRepresentative: r.legalRepresentative,
      registeredCapitalYuan: r.registeredCapitalYuan,
      foundedOn: r.foundedOn,
      address: r.address,
      employees: r.employees,
      status: r.status,
      industryCode: r.industryCode,
      isDemo: 0,
      createdAt: now,
      updatedAt: now,
    })),
    { indexZoneId: plan.zoneId },
  );
  await repo.insertPrimaryContacts(
    trx,
    chunk.flatMap((r) =>
      r.contact ? [{ id: randomUUID(), enterpriseId: idOf(r), ...r.contact, createdAt: now }] : [],
    ),
  );
  await repo.insertClassifications(
    trx,
    chunk.flatMap((r) =>
      r.classifications.map((c) => ({
        id: randomUUID(),
        enterpriseId: idOf(r),
        zoneId: stagingId,
        ...c,
        createdAt: now,
      })),
    ),
  );
}

/** Only the columns the sheet had are written on update: a sheet without 地址 leaves addresses alone. */
function changesOf(r: StoredRecord, columns: Set<string>, now: string): EnterpriseChanges {
  const changes: EnterpriseChanges = { name: r.name, updatedAt: now };
  if (columns.has('formerNames')) changes.formerNames = r.formerNames.length ? JSON.stringify(r.formerNames) : null;
  if (columns.has('legalRepresentative')) changes.legalRepresentative = r.legalRepresentative;
  if (columns.has('registeredCapital')) changes.registeredCapitalYuan = r.registeredCapitalYuan;
  if (columns.has('foundedOn')) changes.foundedOn = r.foundedOn;
  if (columns.has('address')) changes.address = r.address;
  if (columns.has('park')) changes.parkId = r.parkId;
  if (columns.has('industryCode')) changes.industryCode = r.industryCode;
  if (columns.has('status')) changes.status = r.status;
  if (columns.has('employees')) changes.employees = r.employees;
  return changes;
}

function rowShape(row: EnterpriseRow) {
  const formerNames: unknown = row.formerNames ? JSON.parse(row.formerNames) : [];
  return {
    id: row.id,
    zoneId: row.zoneId,
    uscc: row.uscc,
    name: row.name,
    formerNames,
    legalRepresentative: row.legalRepresentative,
    registeredCapitalYuan: row.registeredCapitalYuan,
    foundedOn: row.foundedOn,
    address: row.address,
    parkId: row.parkId,
    industryCode: row.industryCode,
    status: row.status,
    employees: row.employees,
  };
}

/** After an update: the sheet's values for the columns it had, the record's own for the rest. */
function mergedShape(before: EnterpriseRow, r: StoredRecord, columns: Set<string>) {
  const sheet = auditShape(before.id, before.zoneId, r);
  const field = (column: string) =>
    column === 'registeredCapital' ? 'registeredCapitalYuan' : column === 'park' ? 'parkId' : column;
  const picked = Object.fromEntries(
    Object.entries(sheet).filter(([key]) => [...columns].some((c) => field(c) === key) || key === 'name'),
  );
  return { ...rowShape(before), ...picked };
}

/** Updates one known enterprise from its row; returns its audit change. */
async function updateKnown(
  trx: Db,
  plan: CommitPlan,
  before: EnterpriseRow,
  r: StoredRecord,
  known: readonly { id: string; enterpriseId: string; kind: string; year: number }[],
): Promise<Change> {
  const { now, columns } = plan;
  for (const c of r.classifications) {
    const same = known.find((k) => k.enterpriseId === before.id && k.kind === c.kind && k.year === c.year);
    if (same) await repo.updateClassification(trx, same.id, { sector: c.sector, level: c.level });
    else
      await repo.insertClassifications(trx, [
        { id: randomUUID(), enterpriseId: before.id, zoneId: plan.zoneId, ...c, createdAt: now },
      ]);
  }
  await updateEnterprise(trx, before.id, changesOf(r, columns, now));
  if (r.contact)
    await repo.makePrimaryContact(trx, { id: randomUUID(), enterpriseId: before.id, ...r.contact, createdAt: now });
  return {
    action: 'enterprise.update',
    entityType: 'enterprise',
    entityId: before.id,
    zoneId: plan.zoneId,
    before: rowShape(before),
    after: mergedShape(before, r, columns),
  };
}

/** Audit entries per append in the reveal. */
const AUDIT_BATCH = 500;

export type RevealOutcome = { created: number; updated: number; conflicts: SheetProblem[] };

/**
 * The one short transaction that makes the import visible: codes staged as new that someone has
 * registered meanwhile are conflicts (nothing is revealed); otherwise the known enterprises are
 * updated, the staged ones switched into the zone, and every change is audited.
 */
export async function reveal(ctx: AppContext, trx: Db, caller: Caller, plan: CommitPlan): Promise<RevealOutcome> {
  const taken = new Map((await stagedCodesTaken(trx, plan.stagingId, plan.zoneId)).map((t) => [t.uscc, t.name]));
  if (taken.size > 0) {
    const conflicts = plan.rows
      .filter((r) => plan.ids.has(r.uscc) && taken.has(r.uscc))
      .map(
        (r): SheetProblem => ({
          row: r.row,
          column: '统一社会信用代码',
          code: 'uscc.exists',
          params: { name: taken.get(r.uscc) ?? '' },
        }),
      );
    return { created: 0, updated: 0, conflicts };
  }
  const known = await repo.enterprisesByUscc(
    trx,
    plan.zoneId,
    plan.rows.filter((r) => !plan.ids.has(r.uscc)).map((r) => r.uscc),
  );
  const classifications = new Map<string, { id: string; enterpriseId: string; kind: string; year: number }[]>();
  for (const c of await repo.existingClassifications(
    trx,
    [...known.values()].map((e) => e.id),
  )) {
    classifications.set(c.enterpriseId, [...(classifications.get(c.enterpriseId) ?? []), c]);
  }
  const changes: Change[] = [];
  let updated = 0;
  for (const r of plan.rows) {
    const stagedId = plan.ids.get(r.uscc);
    if (stagedId) {
      changes.push({
        action: 'enterprise.create',
        entityType: 'enterprise',
        entityId: stagedId,
        zoneId: plan.zoneId,
        before: null,
        after: auditShape(stagedId, plan.zoneId, r),
      });
      continue;
    }
    const before = known.get(r.uscc);
    // Deleted since the preview: nothing to update (a new import of the sheet would create it).
    if (!before) continue;
    changes.push(await updateKnown(trx, plan, before, r, classifications.get(before.id) ?? []));
    updated++;
  }
  const created = await revealStagingZone(trx, plan.stagingId, plan.zoneId);
  // The audit entries are most of this transaction's work; on SQLite every statement also holds the
  // event loop, so give it a turn between batches (health and other in-memory answers go out).
  for (let i = 0; i < changes.length; i += AUDIT_BATCH) {
    await recordChanges(trx, ctx, caller.principal, changes.slice(i, i + AUDIT_BATCH));
    if (i + AUDIT_BATCH < changes.length) await nextTurn();
  }
  return { created, updated, conflicts: [] };
}
