import { randomUUID } from 'node:crypto';
import type { Role } from '@zonehub/access';
import type { Db } from '../src/db/database.js';
import { demoId } from '../src/demo/seed.js';
import { hashPassword } from '../src/features/auth/password-hash.js';

/** A role in one demo zone, with parks (by code) and org units (by name) of that zone. */
export interface Placement {
  zone: 'changzi' | 'qingxu';
  role: Exclude<Role, 'systemAdmin'>;
  parks?: string[];
  units?: string[];
}

export const FACTORY_PASSWORD = 'Factory#2026';

export const demoZoneId = (zone: Placement['zone']) => demoId('zone', zone);
export const demoParkId = (zone: Placement['zone'], code: string) => demoId(zone, 'park', code);
export const demoUnitId = (zone: Placement['zone'], name: string) => demoId(zone, 'unit', name);

/**
 * A signed-in-ready user (no forced password change) holding the given roles in the demo zones.
 * Written under the API: no admin route adds an existing user to a second zone.
 */
export async function placeUser(db: Db, username: string, placements: Placement[]): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await db
    .insertInto('users')
    .values({
      id,
      username,
      displayName: username,
      passwordHash: await hashPassword(FACTORY_PASSWORD),
      mustChangePassword: 0,
      active: 1,
      systemAdmin: 0,
      isDemo: 0,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  for (const p of placements) {
    await db
      .insertInto('userZoneRoles')
      .values({ userId: id, zoneId: demoZoneId(p.zone), role: p.role })
      .execute();
    for (const park of p.parks ?? []) {
      await db
        .insertInto('userParks')
        .values({ userId: id, parkId: demoParkId(p.zone, park) })
        .execute();
    }
    for (const unit of p.units ?? []) {
      await db
        .insertInto('userOrgUnits')
        .values({ userId: id, orgUnitId: demoUnitId(p.zone, unit) })
        .execute();
    }
  }
  return id;
}
