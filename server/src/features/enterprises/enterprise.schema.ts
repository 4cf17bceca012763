import { z } from 'zod';
import { historicDay } from '../../http/day-schema.js';
import { listQuery } from '../../http/pagination.js';
import {
  CLASSIFICATION_KINDS,
  ENTERPRISE_STATUSES,
  type EnterpriseClassificationRow,
  type EnterpriseContactRow,
  type EnterpriseRow,
  FOUR_ABOVE_SECTORS,
  SRDI_LEVELS,
} from './enterprise.table.js';
import { parseFormerNames } from './enterprise.writer.js';
import type { ClassificationSummary, EnterpriseListRow } from './enterprise-search.repository.js';
import { ENTERPRISE_SORTS } from './enterprise-search.repository.js';

const classificationSummary = z.object({
  kind: z.enum(CLASSIFICATION_KINDS),
  year: z.number().int(),
  sector: z.enum(FOUR_ABOVE_SECTORS).nullable(),
  level: z.enum(SRDI_LEVELS).nullable(),
});

export const enterpriseListItemSchema = z.object({
  id: z.string(),
  uscc: z.string(),
  name: z.string(),
  parkId: z.string().nullable(),
  parkName: z.string().nullable(),
  status: z.enum(ENTERPRISE_STATUSES),
  industryCode: z.string().nullable(),
  industryName: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  registeredCapitalYuan: z.number().nullable(),
  foundedOn: z.string().nullable(),
  employees: z.number().int().nullable(),
  /** The latest year of each kind held. */
  classifications: z.array(classificationSummary),
});
export type EnterpriseListItem = z.infer<typeof enterpriseListItemSchema>;

export const contactSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  isPrimary: z.boolean(),
});
export type ContactView = z.infer<typeof contactSchema>;

export const classificationSchema = classificationSummary.extend({ id: z.string() });
export type ClassificationView = z.infer<typeof classificationSchema>;

export const enterpriseSchema = enterpriseListItemSchema.omit({ classifications: true }).extend({
  formerNames: z.array(z.string()),
  address: z.string().nullable(),
  namePinyin: z.string().nullable(),
  nameInitials: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Send it back with an edit: a save on an older version is refused (409). */
  version: z.number().int(),
  /** The profile the enterprise keeps itself (PATCH /enterprises/:id/profile). */
  phone: z.string().nullable(),
  website: z.string().nullable(),
  officeAddress: z.string().nullable(),
  businessDescription: z.string().nullable(),
  contacts: z.array(contactSchema),
  /** Every classification, newest year first. */
  classifications: z.array(classificationSchema),
});
export type EnterpriseView = z.infer<typeof enterpriseSchema>;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** Field rules Zod can say; the credit code's own rules, the park and the industry are checked by the service. */
export const createEnterpriseBody = z.strictObject({
  uscc: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(200),
  formerNames: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
  legalRepresentative: optionalText(100),
  registeredCapitalYuan: z.number().min(0).max(1e15).nullable().optional(),
  foundedOn: historicDay.nullable().optional(),
  address: optionalText(300),
  parkId: z.string().max(64).nullable().optional(),
  status: z.enum(ENTERPRISE_STATUSES).optional(),
  industryCode: z.string().trim().max(8).nullable().optional(),
  employees: z.number().int().min(0).max(10_000_000).nullable().optional(),
});
export type CreateEnterpriseInput = z.infer<typeof createEnterpriseBody>;
/** Any fields, and the version the edit was made on. */
export const updateEnterpriseBody = createEnterpriseBody.partial().extend({ version: z.number().int().min(1) });
export type UpdateEnterpriseInput = z.infer<typeof updateEnterpriseBody>;

/** A phone as people write it: digits, +, -, parentheses and spaces (0351-1234567, +86 138 0000 0000). */
const phoneText = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{3,30}$/);

/** What the enterprise keeps itself, and the version the edit was made on. */
export const profileBody = z.strictObject({
  version: z.number().int().min(1),
  phone: phoneText.nullable().optional(),
  // A site as written on a card: with or without http(s)://, a host with a dot, any path.
  website: z
    .string()
    .trim()
    .max(200)
    .regex(/^(https?:\/\/)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d{1,5})?(\/\S*)?$/)
    .nullable()
    .optional(),
  officeAddress: optionalText(300),
  businessDescription: optionalText(2000),
  employees: z.number().int().min(0).max(10_000_000).nullable().optional(),
});
export type ProfileInput = z.infer<typeof profileBody>;
export const PROFILE_FIELDS = ['phone', 'website', 'officeAddress', 'businessDescription', 'employees'] as const;

export const contactBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  title: optionalText(100),
  phone: phoneText.nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  isPrimary: z.boolean().optional(),
});
export type ContactInput = z.infer<typeof contactBody>;

export const classificationBody = z.strictObject({
  kind: z.enum(CLASSIFICATION_KINDS),
  year: z.number().int().min(1990).max(2100),
  sector: z.enum(FOUR_ABOVE_SECTORS).nullable().optional(),
  level: z.enum(SRDI_LEVELS).nullable().optional(),
});
export type ClassificationInput = z.infer<typeof classificationBody>;

export const enterpriseListQuery = listQuery(ENTERPRISE_SORTS, 'name').extend({
  parkId: z.string().max(64).optional(),
  industryCode: z
    .string()
    .regex(/^([A-Ta-t]|\d{2,4})$/)
    .optional(),
  classification: z.enum(CLASSIFICATION_KINDS).optional(),
  classificationYear: z.coerce.number().int().min(1990).max(2100).optional(),
  status: z.enum(ENTERPRISE_STATUSES).optional(),
});

export const toContactView = (row: EnterpriseContactRow): ContactView => ({
  id: row.id,
  name: row.name,
  title: row.title,
  phone: row.phone,
  email: row.email,
  isPrimary: row.isPrimary === 1,
});

export const toClassificationView = (row: EnterpriseClassificationRow): ClassificationView => ({
  id: row.id,
  kind: row.kind,
  year: row.year,
  sector: row.sector,
  level: row.level,
});

export const toListItem = (row: EnterpriseListRow): EnterpriseListItem => ({
  ...row,
  classifications: row.classifications.map((c: ClassificationSummary) => ({ ...c })),
});

export interface EnterpriseDetailRow extends EnterpriseRow {
  parkName: string | null;
  industryName: string | null;
}

export function toEnterpriseView(
  row: EnterpriseDetailRow,
  contacts: EnterpriseContactRow[],
  classifications: EnterpriseClassificationRow[],
): EnterpriseView {
  return {
    id: row.id,
    uscc: row.uscc,
    name: row.name,
    formerNames: parseFormerNames(row.formerNames),
    parkId: row.parkId,
    parkName: row.parkName,
    status: row.status,
    industryCode: row.industryCode,
    industryName: row.industryName,
    legalRepresentative: row.legalRepresentative,
    registeredCapitalYuan: row.registeredCapitalYuan,
    foundedOn: row.foundedOn,
    address: row.address,
    employees: row.employees,
    namePinyin: row.namePinyin,
    nameInitials: row.nameInitials,
    isDemo: row.isDemo === 1,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: Number(row.version),
    phone: row.phone,
    website: row.website,
    officeAddress: row.officeAddress,
    businessDescription: row.businessDescription,
    contacts: contacts.map(toContactView),
    classifications: classifications.map(toClassificationView),
  };
}
