import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem';
import { matchFieldErrors } from './form-errors';

/** Shows a failed call as a message, with the request id of server errors. */
export function useErrorMessage(): (error: unknown) => void {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error)) {
        void message.error(error instanceof Error ? error.message : String(error));
        return;
      }
      const suffix =
        error.isServerError && error.requestId ? ` (${t('common.requestId', { id: error.requestId })})` : '';
      void message.error(`${error.message}${suffix}`);
    },
    [message, t],
  );
}

/**
 * Handles a failed form submit: field errors go to their Form.Item, anything else to a message.
 * `formFields` are the names of the form's items.
 */
export function useFormErrorHandler(form: FormInstance, formFields: readonly string[]): (error: unknown) => void {
  const showMessage = useErrorMessage();
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error) || error.fieldErrors.length === 0) {
        showMessage(error);
        return;
      }
      const { fields, rest } = matchFieldErrors(error.fieldErrors, formFields);
      form.setFields(fields);
      if (rest.length > 0 || fields.length === 0) showMessage(error);
    },
    [form, formFields, showMessage],
  );
}
