import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { isApiError } from '../../api/problem';
import { matchFieldErrors } from '../../app/form-errors';

/**
 * Failed submits of a modal form: field errors land on their Form.Item, anything else (a 409 such
 * as "over the floor area: 1,200 m² free") stays in the modal as `alert`, next to what caused it.
 */
export function useFormAlert(form: FormInstance, formFields: readonly string[]) {
  const [alert, setAlert] = useState<string | null>(null);
  const onError = useCallback(
    (error: unknown) => {
      if (!isApiError(error)) {
        setAlert(error instanceof Error ? error.message : String(error));
        return;
      }
      const { fields, rest } = matchFieldErrors(error.fieldErrors, formFields);
      form.setFields(fields);
      if (rest.length > 0 || fields.length === 0)
        setAlert(rest.length > 0 ? rest.map((e) => e.message).join('；') : error.message);
      else setAlert(null);
    },
    [form, formFields],
  );
  // Stable, so that a modal may clear the alert in an effect when it opens.
  const clearAlert = useCallback(() => setAlert(null), []);
  return { alert, onError, clearAlert };
}
