import { describe, expect, it } from 'vitest';
import { contactBody } from './contact-form';

describe('contactBody', () => {
  it('sends blank optional fields as null, trimmed text and a primary flag', () => {
    expect(contactBody({ name: ' 王敏 ', title: '', phone: ' 0355-1234567 ', email: undefined })).toEqual({
      name: '王敏',
      title: null,
      phone: '0355-1234567',
      email: null,
      isPrimary: false,
    });
  });

  it('clears a field the user emptied while editing (null, not left out)', () => {
    expect(contactBody({ name: '王敏', title: '  ', phone: null, email: 'wm@example.cn', isPrimary: true })).toEqual({
      name: '王敏',
      title: null,
      phone: null,
      email: 'wm@example.cn',
      isPrimary: true,
    });
  });
});
