import type { Db } from '../../db/database.js';
import { AppError, type FieldError } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';
import { inZone, userInZone } from './project.repository.js';
import { projectFieldError } from './project-messages.js';

/** The references a project body may carry, each checked to be of the caller's zone. */
export interface ProjectReferences {
  taskForceId?: string;
  parkId?: string | null;
  enterpriseId?: string | null;
  parcelId?: string | null;
  buildingId?: string | null;
  leaderInChargeId?: string | null;
  checklistOwnerId?: string | null;
}

/** Refuses, naming every field, references that are not of this zone; nothing is written. */
export async function checkReferences(db: Db, zoneId: string, body: ProjectReferences, locale: Locale) {
  const errors: FieldError[] = [];
  const check = async (
    value: string | null | undefined,
    field: string,
    test: (id: string) => Promise<boolean>,
    code: Parameters<typeof projectFieldError>[2],
  ) => {
    if (value && !(await test(value))) errors.push(projectFieldError(locale, `body.${field}`, code));
  };
  await check(body.taskForceId, 'taskForceId', (id) => inZone(db, 'orgUnits', id, zoneId), 'taskForce.notInZone');
  await check(body.parkId, 'parkId', (id) => inZone(db, 'parks', id, zoneId), 'park.notInZone');
  await check(body.enterpriseId, 'enterpriseId', (id) => inZone(db, 'enterprises', id, zoneId), 'enterprise.notInZone');
  await check(body.parcelId, 'parcelId', (id) => inZone(db, 'parcels', id, zoneId), 'parcel.notInZone');
  await check(body.buildingId, 'buildingId', (id) => inZone(db, 'factoryBuildings', id, zoneId), 'building.notInZone');
  await check(body.leaderInChargeId, 'leaderInChargeId', (id) => userInZone(db, id, zoneId), 'user.notInZone');
  await check(body.checklistOwnerId, 'checklistOwnerId', (id) => userInZone(db, id, zoneId), 'user.notInZone');
  if (errors.length > 0) throw new AppError('validation.failed', { count: errors.length }, errors);
}
