import { z } from 'zod';
import { listQuery } from '../../http/pagination.js';
import type { OrgUnitWithCount } from './org-unit.repository.js';
import { ORG_UNIT_KINDS, type OrgUnitRow } from './org-unit.table.js';

export const orgUnitSchema = z.object({
  id: z.string(),
  kind: z.enum(ORG_UNIT_KINDS),
  code: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  memberCount: z.number().int(),
});

export const createOrgUnitBody = z.strictObject({
  kind: z.enum(ORG_UNIT_KINDS),
  code: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[A-Za-z0-9_-]+$/),
  name: z.string().trim().min(1).max(100),
  parentId: z.string().min(1).max(64).nullable().optional(),
});
export const updateOrgUnitBody = createOrgUnitBody.omit({ kind: true }).partial();

export type OrgUnitView = z.infer<typeof orgUnitSchema>;

export const toOrgUnitView = (unit: OrgUnitRow | OrgUnitWithCount, memberCount?: number): OrgUnitView => ({
  id: unit.id,
  kind: unit.kind,
  code: unit.code,
  name: unit.name,
  parentId: unit.parentId,
  memberCount: memberCount ?? ('memberCount' in unit ? unit.memberCount : 0),
});

export const orgUnitListQuery = listQuery(['code', 'name', 'kind'], 'code').extend({
  kind: z.enum(ORG_UNIT_KINDS).optional(),
});
