import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** 在营 / 停产 / 迁出 / 注销 */
export const ENTERPRISE_STATUSES = ['operating', 'suspended', 'relocated', 'deregistered'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

export interface EnterpriseTable {
  id: string;
  zoneId: string;
  parkId: string | null;
  uscc: string;
  name: string;
  /** JSON array of earlier names, newest first. */
  formerNames: string | null;
  legalRepresentative: string | null;
  registeredCapitalYuan: number | null;
  /** YYYY-MM-DD */
  foundedOn: string | null;
  address: string | null;
  employees: number | null;
  status: EnterpriseStatus;
  industryCode: string | null;
  /** Derived from name on every write: full pinyin without tones or spaces, and initials. */
  namePinyin: string | null;
  nameInitials: string | null;
  isDemo: number;
  createdAt: string;
  updatedAt: string;
  /** Raised by every write of the record (enterprise.writer.ts); an edit names the version it read. */
  version: Generated<number>;
  /** Kept by the enterprise itself (profile), unlike the registered facts above. */
  phone: string | null;
  website: string | null;
  /** Where it works, often not its registered address. */
  officeAddress: string | null;
  businessDescription: string | null;
}

export interface EnterpriseContactTable {
  id: string;
  enterpriseId: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  isPrimary: number;
  isDemo: number;
  createdAt: string;
  updatedAt: string;
}

/** 规上工业 / 四上 / 高新技术 / 专精特新 / 链主 */
export const CLASSIFICATION_KINDS = ['aboveScaleIndustrial', 'fourAbove', 'highTech', 'srdi', 'chainLeader'] as const;
export type ClassificationKind = (typeof CLASSIFICATION_KINDS)[number];
/** 四上 sectors: 工业 / 建筑业 / 批发零售住宿餐饮 / 服务业 / 房地产 */
export const FOUR_ABOVE_SECTORS = [
  'industry',
  'construction',
  'tradeAccommodationCatering',
  'services',
  'realEstate',
] as const;
export type FourAboveSector = (typeof FOUR_ABOVE_SECTORS)[number];
/** 专精特新: provincial, or national 小巨人 */
export const SRDI_LEVELS = ['provincial', 'national'] as const;
export type SrdiLevel = (typeof SRDI_LEVELS)[number];

export interface EnterpriseClassificationTable {
  id: string;
  enterpriseId: string;
  zoneId: string;
  kind: ClassificationKind;
  /** fourAbove only */
  sector: FourAboveSector | null;
  /** srdi only */
  level: SrdiLevel | null;
  year: number;
  isDemo: number;
  createdAt: string;
}

export interface FourAboveThresholdTable {
  id: string;
  sector: FourAboveSector;
  /** industry, construction, wholesale, retail, accommodation, catering, servicesHigh/Mid/Low, realEstateDevelopment */
  subsector: string;
  /** null where the criterion is not revenue (a qualification, or any development activity) */
  minRevenueYuan: number | null;
  basis: string;
  effectiveFromYear: number;
  createdAt: string;
}

export type EnterpriseRow = Selectable<EnterpriseTable>;
export type NewEnterprise = Insertable<EnterpriseTable>;
export type EnterpriseUpdate = Updateable<EnterpriseTable>;
export type EnterpriseContactRow = Selectable<EnterpriseContactTable>;
export type EnterpriseClassificationRow = Selectable<EnterpriseClassificationTable>;
export type FourAboveThresholdRow = Selectable<FourAboveThresholdTable>;
