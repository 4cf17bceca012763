import { guardCells } from '@zonehub/formula-guard';
import { COLUMNS, type ColumnKey } from './columns.js';
import { type EnterpriseStatus, SECTOR_LABELS, SRDI_LEVEL_LABELS, STATUS_LABELS } from './enums.js';
import type { SheetCell } from './normalize.js';
import type { SheetClassification } from './record.js';

/** An enterprise as the export reads it from the registry. */
export interface ExportEnterprise {
  uscc: string;
  name: string;
  formerNames: readonly string[];
  legalRepresentative: string | null;
  registeredCapitalYuan: number | null;
  foundedOn: string | null;
  address: string | null;
  parkName: string | null;
  industryCode: string | null;
  status: EnterpriseStatus;
  employees: number | null;
  contactName: string | null;
  contactPhone: string | null;
  classifications: readonly SheetClassification[];
}

/** The latest year of each kind: a sheet row holds one year per classification. */
function latest(classifications: readonly SheetClassification[]) {
  const byKind = new Map<SheetClassification['kind'], SheetClassification>();
  for (const c of classifications) {
    const held = byKind.get(c.kind);
    if (!held || c.year > held.year) byKind.set(c.kind, c);
  }
  return byKind;
}

/**
 * One export row in COLUMNS order, written so the import reads it back unchanged: money in 万元,
 * dates as text, enumerations as their Chinese labels. Codes are strings so Excel keeps them whole.
 * Text that a spreadsheet would take for a formula carries the apostrophe guard (cellText drops it).
 */
export function toSheetRow(e: ExportEnterprise): SheetCell[] {
  const c = latest(e.classifications);
  const fourAbove = c.get('fourAbove');
  const srdi = c.get('srdi');
  const values: Record<ColumnKey, SheetCell> = {
    uscc: e.uscc,
    name: e.name,
    formerNames: e.formerNames.join('；') || null,
    legalRepresentative: e.legalRepresentative,
    registeredCapital: e.registeredCapitalYuan === null ? null : e.registeredCapitalYuan / 10000,
    foundedOn: e.foundedOn,
    address: e.address,
    park: e.parkName,
    industryCode: e.industryCode,
    status: STATUS_LABELS[e.status],
    employees: e.employees,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    aboveScaleIndustrialYear: c.get('aboveScaleIndustrial')?.year ?? null,
    fourAboveYear: fourAbove?.year ?? null,
    fourAboveSector: fourAbove?.sector ? SECTOR_LABELS[fourAbove.sector] : null,
    highTechYear: c.get('highTech')?.year ?? null,
    srdiLevel: srdi?.level ? SRDI_LEVEL_LABELS[srdi.level] : null,
    srdiYear: srdi?.year ?? null,
    chainLeaderYear: c.get('chainLeader')?.year ?? null,
  };
  return guardCells(COLUMNS.map((column) => values[column.key]));
}
