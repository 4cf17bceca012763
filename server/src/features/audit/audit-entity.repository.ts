import type { Db } from '../../db/database.js';

/** An audited object as a person knows it: its name and, where it has one, its code. */
export interface EntityName {
  id: string;
  name: string | null;
  code: string | null;
}

type Lookup = (db: Db, ids: string[]) => Promise<EntityName[]>;

/**
 * One query per entity type for a whole page of entries (never one per entry). Types without a
 * table of names here (settings, targets, thresholds) are named from the entry's own values.
 */
const LOOKUPS: Record<string, Lookup> = {
  user: (db, ids) =>
    db.selectFrom('users').select(['id', 'displayName as name', 'username as code']).where('id', 'in', ids).execute(),
  zone: (db, ids) => db.selectFrom('zones').select(['id', 'name', 'code']).where('id', 'in', ids).execute(),
  park: (db, ids) => db.selectFrom('parks').select(['id', 'name', 'code']).where('id', 'in', ids).execute(),
  orgUnit: (db, ids) => db.selectFrom('orgUnits').select(['id', 'name', 'code']).where('id', 'in', ids).execute(),
  enterprise: (db, ids) =>
    db.selectFrom('enterprises').select(['id', 'name', 'uscc as code']).where('id', 'in', ids).execute(),
  parcel: (db, ids) => db.selectFrom('parcels').select(['id', 'code as name', 'code']).where('id', 'in', ids).execute(),
  factoryBuilding: (db, ids) =>
    db.selectFrom('factoryBuildings').select(['id', 'name', 'code']).where('id', 'in', ids).execute(),
  investmentMethod: async (db, ids) =>
    (await db.selectFrom('investmentMethods').select(['id', 'name']).where('id', 'in', ids).execute()).map(noCode),
  lead: (db, ids) => db.selectFrom('leads').select(['id', 'name', 'code']).where('id', 'in', ids).execute(),
  leadActivity: async (db, ids) =>
    (await db.selectFrom('leadActivities').select(['id', 'subject as name']).where('id', 'in', ids).execute()).map(
      noCode,
    ),
  leadAttachment: async (db, ids) =>
    (await db.selectFrom('leadAttachments').select(['id', 'fileName as name']).where('id', 'in', ids).execute()).map(
      noCode,
    ),
  leadSavedFilter: async (db, ids) =>
    (await db.selectFrom('leadSavedFilters').select(['id', 'name']).where('id', 'in', ids).execute()).map(noCode),
  project: (db, ids) => db.selectFrom('projects').select(['id', 'name', 'code']).where('id', 'in', ids).execute(),
  projectMilestone: async (db, ids) =>
    (await db.selectFrom('projectMilestones').select(['id', 'name']).where('id', 'in', ids).execute()).map(noCode),
  milestoneFile: async (db, ids) =>
    (await db.selectFrom('milestoneFiles').select(['id', 'fileName as name']).where('id', 'in', ids).execute()).map(
      noCode,
    ),
  agencyItem: async (db, ids) =>
    (await db.selectFrom('agencyItems').select(['id', 'item as name']).where('id', 'in', ids).execute()).map(noCode),
  meetingSeries: async (db, ids) =>
    (await db.selectFrom('meetingSeries').select(['id', 'name']).where('id', 'in', ids).execute()).map(noCode),
  meeting: (db, ids) =>
    db
      .selectFrom('meetings')
      .innerJoin('meetingSeries', 'meetingSeries.id', 'meetings.seriesId')
      .select(['meetings.id', 'meetingSeries.name', 'meetings.heldOn as code'])
      .where('meetings.id', 'in', ids)
      .execute(),
  meetingOutcome: async (db, ids) =>
    (await db.selectFrom('meetingOutcomes').select(['id', 'text as name']).where('id', 'in', ids).execute()).map(
      noCode,
    ),
};

function noCode(row: { id: string; name: string }): EntityName {
  return { id: row.id, name: row.name, code: null };
}

/** The names of the given entities, keyed `type:id`; ids of types without a lookup are skipped. */
export async function entityNames(
  db: Db,
  refs: Iterable<{ type: string; id: string }>,
): Promise<Map<string, EntityName>> {
  const idsByType = new Map<string, Set<string>>();
  for (const { type, id } of refs) {
    if (!LOOKUPS[type]) continue;
    const ids = idsByType.get(type) ?? new Set<string>();
    ids.add(id);
    idsByType.set(type, ids);
  }
  const names = new Map<string, EntityName>();
  for (const [type, ids] of idsByType) {
    const lookup = LOOKUPS[type];
    if (!lookup) continue;
    for (const row of await lookup(db, [...ids])) names.set(`${type}:${row.id}`, row);
  }
  return names;
}
