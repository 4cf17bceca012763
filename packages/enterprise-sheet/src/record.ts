import type { EnterpriseStatus, FourAboveSector, SrdiLevel } from './enums.js';

export type ClassificationKind = 'aboveScaleIndustrial' | 'fourAbove' | 'highTech' | 'srdi' | 'chainLeader';

export interface SheetClassification {
  kind: ClassificationKind;
  /** fourAbove only */
  sector: FourAboveSector | null;
  /** srdi only */
  level: SrdiLevel | null;
  year: number;
}

/** One clean row of the sheet, as it will be written. Money in yuan (the sheet says 万元). */
export interface SheetEnterprise {
  row: number;
  uscc: string;
  name: string;
  formerNames: string[];
  legalRepresentative: string | null;
  registeredCapitalYuan: number | null;
  foundedOn: string | null;
  address: string | null;
  parkId: string | null;
  industryCode: string | null;
  status: EnterpriseStatus;
  employees: number | null;
  contact: { name: string; phone: string | null } | null;
  classifications: SheetClassification[];
}

/** What validation needs to know about the zone; the caller reads it from the database. */
export interface SheetContext {
  /** Every GB/T 4754-2017 code (any level). */
  industryCodes: ReadonlySet<string>;
  /** parkKey(name) and parkKey(code) → park id, for the zone being imported into. */
  parks: ReadonlyMap<string, string>;
  /** Today as YYYY-MM-DD: the latest founding date and (its year + 1) the latest classification year. */
  today: string;
}
