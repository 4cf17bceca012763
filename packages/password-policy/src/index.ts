/**
 * Password rules (issue 2): at least 8 characters, drawn from at least 3 of the 4 classes
 * (lower case, upper case, digits, symbols), and not containing the username.
 * Shared by the server (which enforces) and the web app (which explains as the user types).
 */
export type PasswordViolation = 'tooShort' | 'tooLong' | 'tooFewClasses' | 'containsUsername';

export const PASSWORD_MIN_LENGTH = 8;
/** scrypt accepts any length; the cap keeps a hash request from becoming a denial of service. */
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_MIN_CLASSES = 3;

export function characterClasses(password: string): number {
  let classes = 0;
  if (/[a-z]/.test(password)) classes++;
  if (/[A-Z]/.test(password)) classes++;
  if (/[0-9]/.test(password)) classes++;
  if (/[^a-zA-Z0-9]/.test(password)) classes++;
  return classes;
}

export function passwordViolations(password: string, username?: string): PasswordViolation[] {
  const violations: PasswordViolation[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) violations.push('tooShort');
  if (length > PASSWORD_MAX_LENGTH) violations.push('tooLong');
  if (characterClasses(password) < PASSWORD_MIN_CLASSES) violations.push('tooFewClasses');
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    violations.push('containsUsername');
  }
  return violations;
}
