import { DEMO_USERNAME_BY_ROLE, type Role } from '@zonehub/access';
import { afterAll, beforeAll, expect } from 'vitest';
import { zoneToday } from '../src/features/investment/zone-today.js';
import { type Client, createTestApp, type TestApp } from './helper.js';

/**
 * The world the project tests share: a demo app, clients of each role, ids by name, and factories
 * for projects made through the API (names carry PJT, so the demo's own projects never match).
 */
export let t: TestApp;
export const clients = {} as Record<
  'admin' | 'member' | 'leader' | 'park' | 'enterprise' | 'department' | 'investment',
  Client
>;
export let today: string;
export let zoneId: string;
export const ids: Record<string, string> = {};
export const API = '/api/v1/projects';

export interface Problem {
  code: string;
  detail: string;
  errors?: { field: string; code: string; message: string }[];
}
export interface MilestoneView {
  id: string;
  name: string;
  stepKey: string | null;
  ownerId: string | null;
  plannedStartOn: string;
  dueOn: string;
  baselineStartOn: string;
  baselineDueOn: string;
  actualStartOn: string | null;
  actualDoneOn: string | null;
  ragStatus: string;
  slackWorkdays: number | null;
  rule: { status: string; slackWorkdays: number | null; amberWorkdays: number; dueOn: string; today: string };
  predecessorIds: string[];
  files: { id: string; fileName: string; sizeBytes: number }[];
  version: number;
  canUpdate: boolean;
}
export interface ProjectView {
  id: string;
  code: string;
  name: string;
  stage: string;
  ragStatus: string;
  ragSlackWorkdays: number | null;
  taskForceId: string;
  leadId: string | null;
  enterpriseId: string | null;
  parkId: string | null;
  totalInvestmentYuan: number | null;
  openItems: number;
  overdueItems: number;
  nextDue: { name: string; dueOn: string } | null;
  version: number;
  canEdit: boolean;
  phases: { id: string; name: string; investmentYuan: number | null; expectedJobs: number | null }[];
  milestones: MilestoneView[];
  calendar: { coveredThrough: number; uncoveredYears: number[] };
}

/** A day n calendar days from the zone's today. */
export const daysFrom = (n: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const ROLE_OF = {
  admin: 'zoneAdmin',
  member: 'taskForceMember',
  leader: 'leader',
  park: 'parkStaff',
  enterprise: 'enterpriseUser',
  department: 'departmentStaff',
  investment: 'investmentStaff',
} as const satisfies Record<keyof typeof clients, Role>;

export function setUpProjectWorld(): void {
  beforeAll(async () => {
    t = await createTestApp();
    for (const [key, role] of Object.entries(ROLE_OF)) clients[key as keyof typeof clients] = await t.loginAs(role);
    const zone = await t.ctx.db
      .selectFrom('zones')
      .select('id')
      .where('code', '=', 'changzi')
      .executeTakeFirstOrThrow();
    zoneId = zone.id;
    for (const u of await t.ctx.db.selectFrom('orgUnits').select(['id', 'name']).where('zoneId', '=', zoneId).execute())
      ids[u.name] = u.id;
    for (const p of await t.ctx.db.selectFrom('parks').select(['id', 'code']).where('zoneId', '=', zoneId).execute())
      ids[`park:${p.code}`] = p.id;
    for (const [role, username] of Object.entries(DEMO_USERNAME_BY_ROLE)) {
      const user = await t.ctx.db
        .selectFrom('users')
        .select(['id', 'enterpriseId'])
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
      ids[`user:${role}`] = user.id;
      if (user.enterpriseId) ids.enterprise = user.enterpriseId;
    }
    today = await zoneToday(t.ctx, t.ctx.db, zoneId);
  });
  afterAll(async () => t.close());
}

export async function createProject(
  client: Client = clients.member,
  overrides: Record<string, unknown> = {},
): Promise<ProjectView> {
  const response = await client.post(API, {
    name: `PJT 冻干生产线${Math.random().toString(36).slice(2, 7)}`,
    kind: 'new',
    taskForceId: ids.星萌冻干项目专班,
    parkId: ids['park:central'],
    template: false,
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<ProjectView>();
}

export async function addMilestone(
  project: { id: string },
  body: Record<string, unknown>,
  client: Client = clients.member,
): Promise<MilestoneView> {
  const response = await client.post(`${API}/${project.id}/milestones`, {
    name: 'PJT 事项',
    plannedStartOn: daysFrom(-10),
    dueOn: daysFrom(30),
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<MilestoneView>();
}

export async function detailOf(project: { id: string }, client: Client = clients.member): Promise<ProjectView> {
  const response = await client.get(`${API}/${project.id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ProjectView>();
}
