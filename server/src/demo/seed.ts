import { createHash } from 'node:crypto';
import { DEMO_USERNAME_BY_ROLE, type Role } from '@zonehub/access';
import { composeUscc, USCC_CHARSET } from '@zonehub/uscc';
import type { Db } from '../db/database.js';
import { hashPassword } from '../features/auth/password-hash.js';
import { pinyinSearchKeys } from '../features/enterprises/enterprise-names.js';
import { insertDefaultMethods } from '../features/investment/methods/default-methods.js';
import { sendProjectAlerts } from '../features/notifications/project-alerts.service.js';
import { seedDemoAgency } from './demo-agency.js';
import { seedDemoChangeRequests } from './demo-change-requests.js';
import { seedDemoEnterprises } from './demo-enterprises.js';
import { seedDemoInstructions } from './demo-instructions.js';
import { seedDemoInvestment } from './demo-investment.js';
import { seedDemoLand } from './demo-land.js';
import { seedDemoMeetings } from './demo-meetings.js';
import { seedDemoProjectInvestment } from './demo-project-investment.js';
import { seedDemoProjects } from './demo-projects.js';
import { DEMO_PASSWORD, DEMO_ZONES, type DemoZone } from './demo-zones.js';

/**
 * DEMO SEED: fills an empty database with the demo zones and one account per role. Runs only in
 * demo mode and only when there is no zone yet. Every row it writes has is_demo = 1.
 */
export interface DemoAccount {
  username: string;
  role: Role;
  displayName: string;
}

const DISPLAY_NAMES: Record<Role, string> = {
  systemAdmin: '系统管理员（演示）',
  zoneAdmin: '开发区管理员（演示）',
  leader: '管委会领导（演示）',
  investmentStaff: '招商专员（演示）',
  taskForceMember: '专班成员（演示）',
  parkStaff: '园区工作人员（演示）',
  departmentStaff: '部门工作人员（演示）',
  enterpriseUser: '企业用户（演示）',
};

/** Stable ids from names, so demo rows keep their ids across re-seeds and test runs. */
export function demoId(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('/')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A credit code that passes both check characters, derived from the enterprise name. */
export function demoUscc(division: string, name: string): string {
  const digest = createHash('sha256').update(name).digest();
  let body = '';
  for (let i = 0; i < 8; i++) body += USCC_CHARSET.charAt((digest[i] ?? 0) % 31);
  return composeUscc('91', division, body);
}

export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('zones').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

async function seedZone(trx: Db, zone: DemoZone, now: string): Promise<void> {
  const zoneId = demoId('zone', zone.code);
  const stamp = { isDemo: 1, createdAt: now, updatedAt: now };
  await trx
    .insertInto('zones')
    .values({
      id: zoneId,
      code: zone.code,
      name: zone.name,
      approvedOn: zone.approvedOn,
      areaKm2: zone.areaKm2,
      leadingIndustries: zone.leadingIndustries,
      description: zone.description,
      timezone: 'Asia/Shanghai',
      ...stamp,
    })
    .execute();
  await insertDefaultMethods(trx, zoneId, now);
  await trx
    .insertInto('parks')
    .values(
      zone.parks.map((p, i) => ({
        id: demoId(zone.code, 'park', p.code),
        zoneId,
        code: p.code,
        name: p.name,
        leadingIndustries: p.leadingIndustries,
        sortOrder: i,
        ...stamp,
      })),
    )
    .execute();
  const units = [
    ...zone.offices.map((name) => ({ kind: 'office' as const, name })),
    ...zone.departments.map((name) => ({ kind: 'department' as const, name })),
    ...zone.taskForces.map((name) => ({ kind: 'taskForce' as const, name })),
  ];
  await trx
    .insertInto('orgUnits')
    .values(
      units.map((u, i) => ({
        id: demoId(zone.code, 'unit', u.name),
        zoneId,
        kind: u.kind,
        code: `${u.kind === 'taskForce' ? 'TF' : u.kind === 'department' ? 'D' : 'O'}${String(i + 1).padStart(2, '0')}`,
        name: u.name,
        parentId: null,
        ...stamp,
      })),
    )
    .execute();
  await seedDemoEnterprises(
    trx,
    zone,
    {
      zoneId,
      park: (code) => demoId(zone.code, 'park', code),
      enterprise: (name) => demoId(zone.code, 'enterprise', name),
      uscc: (name) => demoUscc(zone.division, name),
    },
    now,
  );
  if (zone.parcels.length > 0) {
    await trx
      .insertInto('parcels')
      .values(
        zone.parcels.map((p) => ({
          id: demoId(zone.code, 'parcel', p.code),
          zoneId,
          parkId: demoId(zone.code, 'park', p.park),
          code: p.code,
          areaMu: p.areaMu,
          landUse: p.landUse,
          supplyStatus: p.supplyStatus,
          enterpriseId: p.enterprise ? demoId(zone.code, 'enterprise', p.enterprise) : null,
          ...stamp,
        })),
      )
      .execute();
  }
}

/** Where each demo account of 长子 sits: park, org unit, enterprise. */
const PLACEMENT: Partial<Record<Role, { park?: string; unit?: string; enterprise?: string }>> = {
  investmentStaff: { unit: '招商局' },
  taskForceMember: { unit: '星萌冻干项目专班' },
  parkStaff: { park: 'central' },
  departmentStaff: { unit: '环保服务所' },
  enterpriseUser: { enterprise: '山西星萌科技有限公司' },
};

/** Roles that also hold the same role in 清徐, so the zone switcher has something to switch. */
const TWO_ZONE_ROLES: Role[] = ['zoneAdmin', 'leader'];

async function seedAccounts(trx: Db, now: string): Promise<DemoAccount[]> {
  const [home, second] = DEMO_ZONES as [DemoZone, DemoZone];
  const accounts: DemoAccount[] = [];
  const roles = Object.keys(DEMO_USERNAME_BY_ROLE) as Role[];
  const hashes = await Promise.all(roles.map(() => hashPassword(DEMO_PASSWORD)));
  for (const [i, role] of roles.entries()) {
    const username = DEMO_USERNAME_BY_ROLE[role];
    const id = demoId('user', username);
    const place = PLACEMENT[role] ?? {};
    await trx
      .insertInto('users')
      .values({
        id,
        username,
        displayName: DISPLAY_NAMES[role],
        searchKeys: pinyinSearchKeys(DISPLAY_NAMES[role]),
        passwordHash: hashes[i] ?? '',
        mustChangePassword: 0,
        active: 1,
        systemAdmin: role === 'systemAdmin' ? 1 : 0,
        enterpriseId: place.enterprise ? demoId(home.code, 'enterprise', place.enterprise) : null,
        isDemo: 1,
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    if (role !== 'systemAdmin') {
      const zones = TWO_ZONE_ROLES.includes(role) ? [home, second] : [home];
      await trx
        .insertInto('userZoneRoles')
        .values(zones.map((z) => ({ userId: id, zoneId: demoId('zone', z.code), role })))
        .execute();
    }
    if (place.unit)
      await trx
        .insertInto('userOrgUnits')
        .values({ userId: id, orgUnitId: demoId(home.code, 'unit', place.unit) })
        .execute();
    if (place.park)
      await trx
        .insertInto('userParks')
        .values({ userId: id, parkId: demoId(home.code, 'park', place.park) })
        .execute();
    accounts.push({ username, role, displayName: DISPLAY_NAMES[role] });
  }
  return accounts;
}

/** Seeds the demo zones and accounts in one transaction; returns the accounts, or [] if not empty. */
export async function seedDemo(db: Db, now: Date): Promise<DemoAccount[]> {
  if (!(await isEmpty(db))) return [];
  return db.transaction().execute(async (trx) => {
    const stamp = now.toISOString();
    for (const zone of DEMO_ZONES) await seedZone(trx, zone, stamp);
    await seedDemoLand(trx, stamp);
    const accounts = await seedAccounts(trx, stamp);
    await seedDemoInvestment(trx, now);
    await seedDemoProjects(trx, now);
    await seedDemoProjectInvestment(trx, now);
    await seedDemoMeetings(trx, now);
    await seedDemoAgency(trx, now);
    await seedDemoChangeRequests(trx, now);
    await seedDemoInstructions(trx, now);
    await sendProjectAlerts(trx, now); // last: the bell shows what the real daily job finds in the demo
    return accounts;
  });
}

export { DEMO_PASSWORD };
