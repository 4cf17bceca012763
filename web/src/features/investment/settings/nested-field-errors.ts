import type { FieldError } from '../../../api/problem';
import { formFieldName } from '../../../app/form-errors';

/**
 * Field errors of a nested form (`body.weights.visits`, `body.staleDays.signed`) as antd
 * `setFields` entries by path; errors of fields the form does not have are returned apart.
 */
export function nestedFieldErrors<P extends string[]>(
  errors: readonly FieldError[],
  isFormPath: (path: string[]) => path is P,
): { fields: { name: P; errors: string[] }[]; rest: FieldError[] } {
  const byPath = new Map<string, { name: P; errors: string[] }>();
  const rest: FieldError[] = [];
  for (const error of errors) {
    const name = formFieldName(error.field).split('.');
    if (!isFormPath(name)) {
      rest.push(error);
      continue;
    }
    const key = name.join('.');
    const entry = byPath.get(key) ?? { name, errors: [] };
    entry.errors.push(error.message);
    byPath.set(key, entry);
  }
  return { fields: [...byPath.values()], rest };
}
