import type { PasswordViolation } from '@zonehub/password-policy';
import type { FieldError } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';

type Reason = PasswordViolation | 'reused';

const TEXT: Record<Locale, Record<Reason, string>> = {
  'zh-CN': {
    tooShort: '密码至少 8 个字符',
    tooLong: '密码不能超过 128 个字符',
    tooFewClasses: '密码须包含大写字母、小写字母、数字、符号中的至少 3 类',
    containsUsername: '密码不能包含用户名',
    reused: '新密码不能与当前密码相同',
  },
  'en-US': {
    tooShort: 'must be at least 8 characters',
    tooLong: 'must be at most 128 characters',
    tooFewClasses: 'must mix at least 3 of: upper case, lower case, digits, symbols',
    containsUsername: 'must not contain the username',
    reused: 'must differ from the current password',
  },
};

export function passwordErrors(field: string, reasons: readonly Reason[], locale: Locale): FieldError[] {
  return reasons.map((code) => ({ field, code, message: TEXT[locale][code] }));
}
