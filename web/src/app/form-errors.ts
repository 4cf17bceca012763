import type { FieldError } from '../api/problem';

export interface FormFieldErrors {
  /** Errors to set on Form.Items, grouped per field (antd `form.setFields` shape). */
  fields: { name: string; errors: string[] }[];
  /** Errors whose field is not in the form: show them elsewhere. */
  rest: FieldError[];
}

/**
 * Matches field errors of a problem document with the fields of a form. A nested path such as
 * `orgUnitIds.0` lands on its top-level field `orgUnitIds`.
 */
export function matchFieldErrors(errors: readonly FieldError[], formFields: readonly string[]): FormFieldErrors {
  const byField = new Map<string, string[]>();
  const rest: FieldError[] = [];
  for (const error of errors) {
    const top = error.field.split(/[.[]/)[0] ?? '';
    const name = formFields.includes(error.field) ? error.field : top;
    if (!formFields.includes(name)) {
      rest.push(error);
      continue;
    }
    byField.set(name, [...(byField.get(name) ?? []), error.message]);
  }
  return { fields: [...byField].map(([name, messages]) => ({ name, errors: messages })), rest };
}
