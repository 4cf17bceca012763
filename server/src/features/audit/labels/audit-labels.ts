import type { Locale } from '../../../http/locale.js';
import { ACTION_LABELS, ENTITY_TYPE_LABELS } from './action-labels.js';
import { FIELD_LABELS } from './field-labels.js';

/** An action in the reader's language; an action without a label shows by its code. */
export const actionLabel = (action: string, locale: Locale): string => ACTION_LABELS[action]?.[locale] ?? action;

export const entityTypeLabel = (type: string, locale: Locale): string => ENTITY_TYPE_LABELS[type]?.[locale] ?? type;

export const fieldLabel = (field: string, locale: Locale): string => FIELD_LABELS[field]?.[locale] ?? field;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function collectKeys(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) collectKeys(item, into);
  else if (isPlainObject(value))
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      collectKeys(inner, into);
    }
}

/** The labels of every field named in an entry's values (nested ones too), for the page's diff. */
export function fieldLabelsOf(before: unknown, after: unknown, locale: Locale): Record<string, string> {
  const keys = new Set<string>();
  collectKeys(before, keys);
  collectKeys(after, keys);
  const labels: Record<string, string> = {};
  for (const key of keys) if (FIELD_LABELS[key]) labels[key] = fieldLabel(key, locale);
  return labels;
}

/** The entity types the log knows, labelled, for the page's filter. */
export const entityTypeOptions = (locale: Locale) =>
  Object.entries(ENTITY_TYPE_LABELS).map(([value, label]) => ({ value, label: label[locale] }));
