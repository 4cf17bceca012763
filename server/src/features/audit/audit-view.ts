import type { Db } from '../../db/database.js';
import type { Locale } from '../../http/locale.js';
import { type AuditEntryView, toAuditEntryView } from './audit.schema.js';
import type { AuditLogRow } from './audit.table.js';
import { type EntityName, entityNames } from './audit-entity.repository.js';
import { actionLabel, entityTypeLabel, fieldLabelsOf } from './labels/audit-labels.js';

/** An entry as a reader reads it: the stored entry plus labels and names in the reader's language. */
export interface DescribedEntry {
  row: AuditLogRow;
  view: AuditEntryView;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** A deleted object is named from the values the entry recorded. */
function nameFromValues(values: unknown): Omit<EntityName, 'id'> {
  if (typeof values !== 'object' || values === null) return { name: null, code: null };
  const v = values as Record<string, unknown>;
  const name = text(v.name) ?? text(v.displayName) ?? text(v.fileName) ?? text(v.subject) ?? text(v.item);
  const code = text(v.code) ?? text(v.uscc) ?? text(v.username);
  return { name, code };
}

/**
 * Labels a page of entries: actions, object types and fields in the reader's language, objects by
 * their current name and code (one query per object type for the whole page), the actor by name.
 */
export async function describeEntries(db: Db, rows: readonly AuditLogRow[], locale: Locale): Promise<DescribedEntry[]> {
  const refs: { type: string; id: string }[] = [];
  for (const row of rows) {
    if (row.entityId) refs.push({ type: row.entityType, id: row.entityId });
    if (row.actorId) refs.push({ type: 'user', id: row.actorId });
  }
  const names = await entityNames(db, refs);
  return rows.map((row) => {
    const view = toAuditEntryView(row);
    const known = row.entityId ? names.get(`${row.entityType}:${row.entityId}`) : undefined;
    const recorded = nameFromValues(view.after ?? view.before);
    const actor = row.actorId ? names.get(`user:${row.actorId}`) : undefined;
    return {
      row,
      view: {
        ...view,
        actorLabel: actor?.name ?? row.actorName,
        actionLabel: actionLabel(row.action, locale),
        entityTypeLabel: entityTypeLabel(row.entityType, locale),
        entityName: known?.name ?? recorded.name,
        entityCode: known ? known.code : recorded.code,
        fieldLabels: fieldLabelsOf(view.before, view.after, locale),
      },
    };
  });
}
