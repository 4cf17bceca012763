import { DEMO_USERNAME_BY_ROLE } from '@zonehub/access';
import { CONTEST_METRICS, type ContestMetric, periodOf } from '@zonehub/investment-rules';
import type { Db } from '../db/database.js';
import { hashPassword } from '../features/auth/password-hash.js';
import { nameKeys, pinyinSearchKeys } from '../features/enterprises/enterprise-names.js';
import { seededRandom } from './demo-enterprise-generator.js';
import { generateDemoLeads } from './demo-investment-generated.js';
import { addNamedChangziLeads } from './demo-investment-named.js';
import { InvestmentRows } from './demo-investment-rows.js';
import { DEMO_STAFF_NAMES } from './demo-investment-vocabulary.js';
import { CHANGZI, DEMO_PASSWORD, type DemoZone, QINGXU } from './demo-zones.js';
import { demoId } from './seed.js';

/**
 * DEMO DATA (investment, issue 4): demo staff for every task force, the 长子 article's leads, visits
 * and study trips, a year of generated leads and activities per task force so the contest (招商大比拼)
 * has real rankings, and targets for the current year and quarter. Runs inside seedDemo's
 * transaction after zones, enterprises, land and accounts exist. Every row is_demo = 1.
 */
export interface DemoStaff {
  id: string;
  name: string;
}

/** Where a landed lead can land: an enterprise of the zone with its parcel or a building. */
export interface DemoSite {
  enterpriseId: string;
  enterpriseName: string;
  industryCode: string | null;
  parkId: string;
  parcelId: string | null;
  buildingId: string | null;
}

export interface ZoneSeed {
  zone: DemoZone;
  rows: InvestmentRows;
  random: () => number;
  taskForceId(name: string): string;
  methodId(name: string): string;
  parkId(code: string): string;
  /** Demo staff per task force name (the first ones own most of its leads). */
  staff: Map<string, DemoStaff[]>;
  sites: DemoSite[];
  /** The next free code ZS<year>-<nnnn> for a lead registered in that year. */
  nextCode(year: string): string;
}

/** Task forces the demo `investment` account works with beside 招商局. */
const INVESTMENT_ACCOUNT_TASK_FORCES = ['冷库冷链项目专班', '冻干脱水蔬菜项目专班', '食用菌项目专班'];

const zoneToday = (now: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);

/** FNV-1a of the zone code: each zone gets its own, stable random sequence. */
const hashSeed = (text: string) =>
  [...text].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);

async function seedStaff(
  trx: Db,
  zone: DemoZone,
  passwordHash: string,
  now: string,
): Promise<Map<string, DemoStaff[]>> {
  const zoneId = demoId('zone', zone.code);
  const prefix = zone.code === CHANGZI.code ? 'cz' : 'qx';
  const staff = new Map<string, DemoStaff[]>();
  const users = [];
  const memberships = [];
  for (const taskForce of zone.taskForces) {
    const people = (DEMO_STAFF_NAMES[taskForce] ?? []).map((name) => {
      const username = `${prefix}.${nameKeys(name).namePinyin}`;
      return { id: demoId('user', username), name: `${name}（演示）`, username };
    });
    staff.set(
      taskForce,
      people.map(({ id, name }) => ({ id, name })),
    );
    for (const p of people) {
      users.push({
        id: p.id,
        username: p.username,
        displayName: p.name,
        searchKeys: pinyinSearchKeys(p.name),
        passwordHash,
        mustChangePassword: 0,
        active: 1,
        systemAdmin: 0,
        enterpriseId: null,
        isDemo: 1,
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      memberships.push({ userId: p.id, orgUnitId: demoId(zone.code, 'unit', taskForce) });
    }
  }
  await trx.insertInto('users').values(users).execute();
  await trx
    .insertInto('userZoneRoles')
    .values(users.map((u) => ({ userId: u.id, zoneId, role: 'taskForceMember' as const })))
    .execute();
  await trx.insertInto('userOrgUnits').values(memberships).execute();
  return staff;
}

/** What the generators need of a zone: its ids by name, staff, landing sites, a PRNG and codes. */
export async function buildZoneSeed(
  trx: Db,
  zone: DemoZone,
  rows: InvestmentRows,
  staff: Map<string, DemoStaff[]>,
): Promise<ZoneSeed> {
  const zoneId = demoId('zone', zone.code);
  const methods = new Map(
    (await trx.selectFrom('investmentMethods').select(['id', 'name']).where('zoneId', '=', zoneId).execute()).map(
      (m) => [m.name, m.id],
    ),
  );
  const enterprises = await trx
    .selectFrom('enterprises')
    .select(['id', 'name', 'industryCode', 'parkId'])
    .where('zoneId', '=', zoneId)
    .where('parkId', 'is not', null)
    .orderBy('name')
    .execute();
  const parcels = await trx
    .selectFrom('parcels')
    .select(['id', 'enterpriseId'])
    .where('zoneId', '=', zoneId)
    .where('enterpriseId', 'is not', null)
    .execute();
  const buildings = await trx
    .selectFrom('factoryBuildings')
    .select(['id', 'parkId'])
    .where('zoneId', '=', zoneId)
    .orderBy('code')
    .execute();
  const parcelOf = new Map(parcels.map((p) => [p.enterpriseId, p.id]));
  const sites: DemoSite[] = enterprises.map((e) => {
    const parcelId = parcelOf.get(e.id) ?? null;
    const buildingId = parcelId ? null : (buildings.find((b) => b.parkId === e.parkId)?.id ?? null);
    return {
      enterpriseId: e.id,
      enterpriseName: e.name,
      industryCode: e.industryCode,
      parkId: e.parkId ?? '',
      parcelId,
      buildingId,
    };
  });
  const counters = new Map<string, number>();
  const seed: ZoneSeed = {
    zone,
    rows,
    random: seededRandom(hashSeed(zone.code)),
    taskForceId: (name) => demoId(zone.code, 'unit', name),
    methodId: (name) => {
      const id = methods.get(name);
      if (!id) throw new Error(`demo: no investment method ${name} in ${zone.code}`);
      return id;
    },
    parkId: (code) => demoId(zone.code, 'park', code),
    staff,
    sites: sites.filter((s) => s.parcelId !== null || s.buildingId !== null),
    nextCode: (year) => {
      const n = (counters.get(year) ?? 0) + 1;
      counters.set(year, n);
      return `ZS${year}-${String(n).padStart(4, '0')}`;
    },
  };
  return seed;
}

/** Targets for the current year and quarter, scaled to each task force's share of the work. */
function addTargets(seed: ZoneSeed, today: string, now: string): void {
  const year = periodOf('year', today).key;
  const quarter = periodOf('quarter', today).key;
  const base: Record<ContestMetric, number> = {
    newLeads: 20,
    visits: 36,
    negotiating: 8,
    signedCount: 4,
    signedAmountYuan: 600_000_000,
    landedCount: 2,
    landedAmountYuan: 300_000_000,
  };
  for (const taskForce of seed.zone.taskForces) {
    const scale = 0.7 + seed.random() * 0.6;
    for (const [periodKey, share] of [
      [year, 1],
      [quarter, 0.3],
    ] as const)
      for (const metric of CONTEST_METRICS) {
        const raw = base[metric] * scale * share;
        const targetValue = metric.endsWith('Yuan')
          ? Math.round(raw / 10_000_000) * 10_000_000
          : Math.max(1, Math.round(raw));
        const taskForceId = seed.taskForceId(taskForce);
        seed.rows.targets.push({
          id: demoId(seed.zone.code, 'target', taskForce, periodKey, metric),
          zoneId: seed.rows.zoneId,
          taskForceId,
          periodKey,
          metric,
          targetValue,
          isDemo: 1,
          updatedBy: null,
          updatedAt: now,
        });
      }
  }
}

export async function seedDemoInvestment(trx: Db, now: Date): Promise<void> {
  const stamp = now.toISOString();
  const today = zoneToday(now);
  // Demo staff share the demo password; reusing the hash seedAccounts just stored (it carries its
  // own salt) saves a scrypt run, which costs more than all the rest of this seed.
  const stored = await trx
    .selectFrom('users')
    .select('passwordHash')
    .where('id', '=', demoId('user', DEMO_USERNAME_BY_ROLE.taskForceMember))
    .executeTakeFirst();
  const passwordHash = stored?.passwordHash ?? (await hashPassword(DEMO_PASSWORD));
  const investmentUser = demoId('user', DEMO_USERNAME_BY_ROLE.investmentStaff);
  const taskForceUser = demoId('user', DEMO_USERNAME_BY_ROLE.taskForceMember);
  await trx
    .insertInto('userOrgUnits')
    .values(
      INVESTMENT_ACCOUNT_TASK_FORCES.map((tf) => ({
        userId: investmentUser,
        orgUnitId: demoId(CHANGZI.code, 'unit', tf),
      })),
    )
    .execute();
  for (const zone of [CHANGZI, QINGXU]) {
    const staff = await seedStaff(trx, zone, passwordHash, stamp);
    if (zone === CHANGZI) {
      // The demo accounts own and record work too, so their own views are not empty.
      staff.get('星萌冻干项目专班')?.unshift({ id: taskForceUser, name: '专班成员（演示）' });
      for (const tf of INVESTMENT_ACCOUNT_TASK_FORCES)
        staff.get(tf)?.push({ id: investmentUser, name: '招商专员（演示）' });
    }
    const rows = new InvestmentRows(zone.code, demoId('zone', zone.code), today, stamp);
    const seed = await buildZoneSeed(trx, zone, rows, staff);
    if (zone === CHANGZI) addNamedChangziLeads(seed);
    generateDemoLeads(seed, {
      leads: zone === CHANGZI ? 220 : 40,
      looseActivities: zone === CHANGZI ? 260 : 40,
      ownerOfAllPools: zone === CHANGZI ? { taskForce: '星萌冻干项目专班', ownerId: taskForceUser } : null,
    });
    addTargets(seed, today, stamp);
    await insertInvestmentRows(trx, rows);
  }
}

/** Writes the rows in chunks that keep PostgreSQL under its 65,535 bind parameters. */
export async function insertInvestmentRows(trx: Db, rows: InvestmentRows): Promise<void> {
  for (const part of chunks(rows.leads, 500)) await trx.insertInto('leads').values(part).execute();
  for (const part of chunks(rows.attachments, 500)) await trx.insertInto('leadAttachments').values(part).execute();
  for (const part of chunks(rows.screenings, 500)) await trx.insertInto('leadAccessScreenings').values(part).execute();
  for (const part of chunks(rows.moves, 1000)) await trx.insertInto('leadStageMoves').values(part).execute();
  for (const part of chunks(rows.activities, 1000)) await trx.insertInto('leadActivities').values(part).execute();
  for (const part of chunks(rows.targets, 1000)) await trx.insertInto('contestTargets').values(part).execute();
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
