import type { Insertable, Selectable, Updateable } from 'kysely';

/** office: 管委会办公室 and the like; department: 招商局, 环保, 安监 …; taskForce: 专班. */
export const ORG_UNIT_KINDS = ['office', 'department', 'taskForce'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export interface OrgUnitTable {
  id: string;
  zoneId: string;
  kind: OrgUnitKind;
  code: string;
  name: string;
  parentId: string | null;
  isDemo: number;
  createdAt: string;
  updatedAt: string;
}

export type OrgUnitRow = Selectable<OrgUnitTable>;
export type NewOrgUnit = Insertable<OrgUnitTable>;
export type OrgUnitUpdate = Updateable<OrgUnitTable>;
