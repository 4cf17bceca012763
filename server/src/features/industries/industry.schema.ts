import { z } from 'zod';
import type { IndustryWithChildren } from './industry.repository.js';
import { INDUSTRY_LEVELS, type IndustryCodeRow } from './industry.table.js';

export const industrySchema = z.object({
  code: z.string(),
  level: z.enum(INDUSTRY_LEVELS),
  name: z.string(),
  parentCode: z.string().nullable(),
  section: z.string(),
  hasChildren: z.boolean(),
});
export type IndustryView = z.infer<typeof industrySchema>;

export const industryWithPathSchema = industrySchema.extend({
  /** Section first, down to the code's parent: 门类 › 大类 › 中类. */
  path: z.array(z.object({ code: z.string(), name: z.string() })),
});

export const toIndustryView = (row: IndustryWithChildren): IndustryView => ({
  code: row.code,
  level: row.level,
  name: row.name,
  parentCode: row.parentCode,
  section: row.section,
  hasChildren: Number(row.childCount ?? 0) > 0,
});

export const toPathItems = (rows: IndustryCodeRow[]) => rows.map((r) => ({ code: r.code, name: r.name }));
