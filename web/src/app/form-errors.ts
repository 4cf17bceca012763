import type { FieldError } from '../api/problem';

export interface FormFieldErrors<K extends string = string> {
  /** Errors to set on Form.Items, grouped per field (antd `form.setFields` shape). */
  fields: { name: K; errors: string[] }[];
  /** Errors whose field is not in the form: show them elsewhere. */
  rest: FieldError[];
}

/** The server names a field by where it was sent (`body.newPassword`); a form knows it as `newPassword`. */
export function formFieldName(field: string): string {
  return field.replace(/^(body|query|params)\./, '');
}

/**
 * Matches field errors of a problem document with the fields of a form. A nested path such as
 * `orgUnitIds.0` lands on its top-level field `orgUnitIds`.
 */
export function matchFieldErrors<K extends string>(
  errors: readonly FieldError[],
  formFields: readonly K[],
): FormFieldErrors<K> {
  const isFormField = (name: string): name is K => (formFields as readonly string[]).includes(name);
  const byField = new Map<K, string[]>();
  const rest: FieldError[] = [];
  for (const error of errors) {
    const field = formFieldName(error.field);
    const top = field.split(/[.[]/)[0] ?? '';
    const name = isFormField(field) ? field : top;
    if (!isFormField(name)) {
      rest.push(error);
      continue;
    }
    byField.set(name, [...(byField.get(name) ?? []), error.message]);
  }
  return { fields: [...byField].map(([name, messages]) => ({ name, errors: messages })), rest };
}
