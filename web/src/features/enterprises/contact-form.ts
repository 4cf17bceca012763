import type { Contact } from './enterprises.api';

/** A contact form's values as the API takes them: blank optional fields are null, text trimmed. */
export function contactBody(values: Partial<Omit<Contact, 'id'>> & { name: string }): Omit<Contact, 'id'> {
  const text = (v: string | null | undefined) => {
    const trimmed = v?.trim() ?? '';
    return trimmed === '' ? null : trimmed;
  };
  return {
    name: values.name.trim(),
    title: text(values.title),
    phone: text(values.phone),
    email: text(values.email),
    isPrimary: values.isPrimary ?? false,
  };
}
