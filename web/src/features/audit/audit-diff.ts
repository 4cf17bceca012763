export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  field: string;
  kind: ChangeKind;
  before: unknown;
  after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields an audited change touched, nested objects flattened to dotted paths (`address.city`).
 * Arrays are compared whole. Fields are in the order they first appear in before, then after.
 */
export function diffAuditValues(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  prefix = '',
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const field = prefix ? `${prefix}.${key}` : key;
    const hasBefore = before !== null && Object.hasOwn(before, key);
    const hasAfter = after !== null && Object.hasOwn(after, key);
    const a = before?.[key];
    const b = after?.[key];
    if (hasBefore && hasAfter && isPlainObject(a) && isPlainObject(b)) {
      changes.push(...diffAuditValues(a, b, field));
    } else if (!hasBefore) {
      changes.push({ field, kind: 'added', before: undefined, after: b });
    } else if (!hasAfter) {
      changes.push({ field, kind: 'removed', before: a, after: undefined });
    } else if (!same(a, b)) {
      changes.push({ field, kind: 'changed', before: a, after: b });
    }
  }
  return changes;
}

/** A value as one line of text for the diff table. */
export function showValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** A dotted field path in the reader's words, segment by segment: standardLand.plotRatio → 标准地指标 · 容积率. */
export function fieldPathLabel(path: string, labels: Record<string, string>): string {
  return path
    .split('.')
    .map((segment) => labels[segment] ?? segment)
    .join(' · ');
}
