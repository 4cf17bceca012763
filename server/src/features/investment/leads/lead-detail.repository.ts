import type { Db } from '../../../db/database.js';
import type { LeadRow } from '../investment.table.js';

/** What the lead page shows beside the lead itself: names of its landing site, screenings, files, moves. */

export async function landedNames(db: Db, lead: LeadRow) {
  const enterprise = lead.landedEnterpriseId
    ? await db.selectFrom('enterprises').select('name').where('id', '=', lead.landedEnterpriseId).executeTakeFirst()
    : undefined;
  const parcel = lead.landedParcelId
    ? await db.selectFrom('parcels').select('code').where('id', '=', lead.landedParcelId).executeTakeFirst()
    : undefined;
  const building = lead.landedBuildingId
    ? await db.selectFrom('factoryBuildings').select('name').where('id', '=', lead.landedBuildingId).executeTakeFirst()
    : undefined;
  return {
    landedEnterpriseName: enterprise?.name ?? null,
    landedParcelCode: parcel?.code ?? null,
    landedBuildingName: building?.name ?? null,
  };
}

export function screeningsOf(db: Db, leadId: string) {
  return db
    .selectFrom('leadAccessScreenings as s')
    .leftJoin('users', 'users.id', 's.recordedBy')
    .select([
      's.id',
      's.verdict',
      's.reasons',
      's.conditions',
      's.decidedBy',
      's.decidedOn',
      's.recordedBy',
      'users.displayName as recordedByName',
      's.createdAt',
    ])
    .where('s.leadId', '=', leadId)
    .orderBy('s.decidedOn', 'desc')
    .orderBy('s.createdAt', 'desc')
    .execute();
}

export function attachmentsOf(db: Db, leadId: string) {
  return db
    .selectFrom('leadAttachments')
    .select(['id', 'kind', 'fileName', 'mediaType', 'sizeBytes', 'uploadedBy', 'createdAt'])
    .where('leadId', '=', leadId)
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .execute();
}

export function movesOf(db: Db, leadId: string) {
  return db
    .selectFrom('leadStageMoves as m')
    .leftJoin('users', 'users.id', 'm.movedBy')
    .select([
      'm.id',
      'm.seq',
      'm.kind',
      'm.fromStage',
      'm.toStage',
      'm.effectiveOn',
      'm.reason',
      'm.evidence',
      'm.undone',
      'm.undoesMoveId',
      'm.movedBy',
      'users.displayName as movedByName',
      'm.movedAt',
    ])
    .where('m.leadId', '=', leadId)
    .orderBy('m.seq', 'desc')
    .execute();
}
