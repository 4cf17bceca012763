import type { Role } from '@zonehub/access';
import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

export interface UserTable {
  id: string;
  username: string;
  displayName: string;
  /** pinyinSearchKeys(displayName): what a search by pinyin or initials reads ('' until written). */
  searchKeys: ColumnType<string, string | undefined, string>;
  passwordHash: string;
  mustChangePassword: number;
  active: number;
  systemAdmin: number;
  enterpriseId: string | null;
  /** Mainland mobile (^1[3-9]\d{9}$); shown only to administrators, used as the SMS outbox recipient. */
  mobile: string | null;
  isDemo: number;
  passwordChangedAt: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface UserZoneRoleTable {
  userId: string;
  zoneId: string;
  role: Role;
}

export interface UserOrgUnitTable {
  userId: string;
  orgUnitId: string;
}

export interface UserParkTable {
  userId: string;
  parkId: string;
}

export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
