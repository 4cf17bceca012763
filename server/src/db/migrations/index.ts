import type { Migration } from 'kysely';
import * as createZones from './20261129T1400_create_zones.js';
import * as createParks from './20261129T1401_create_parks.js';
import * as createOrgUnits from './20261129T1402_create_org_units.js';
import * as createEnterprises from './20261129T1403_create_enterprises.js';
import * as createParcels from './20261129T1404_create_parcels.js';
import * as createUsers from './20261129T1405_create_users.js';
import * as createUserMemberships from './20261129T1406_create_user_memberships.js';
import * as createSessions from './20261129T1407_create_sessions.js';
import * as createLoginFailures from './20261129T1408_create_login_failures.js';
import * as createAuditLog from './20261129T1409_create_audit_log.js';

/**
 * Every migration, by its timestamped name. Listed statically (not read from the folder) so the
 * same list runs under tsx, in tests and in a bundle. Add new ones at the end; never edit old ones.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '20261129T1400_create_zones': createZones,
  '20261129T1401_create_parks': createParks,
  '20261129T1402_create_org_units': createOrgUnits,
  '20261129T1403_create_enterprises': createEnterprises,
  '20261129T1404_create_parcels': createParcels,
  '20261129T1405_create_users': createUsers,
  '20261129T1406_create_user_memberships': createUserMemberships,
  '20261129T1407_create_sessions': createSessions,
  '20261129T1408_create_login_failures': createLoginFailures,
  '20261129T1409_create_audit_log': createAuditLog,
};
