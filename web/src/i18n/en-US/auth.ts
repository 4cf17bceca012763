import type { auth as zh } from '../zh-CN/auth';

export const auth: Record<keyof typeof zh, string> = {
  'login.title': 'Sign in',
  'login.subtitle': 'Workspace of the zone management committee',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.sessionEnded': 'Your session has ended. Sign in again to return to the page you were on.',
  'session.expiring.title': 'Your session is about to expire',
  'session.expiring.body':
    'You have not done anything for a while. To keep your account safe, you will be signed out when the countdown ends.',
  'session.expiring.timeLeft': 'Time left',
  'session.expiring.stay': 'Stay signed in',
  'session.expiring.signOut': 'Sign out',
  'password.title': 'Change password',
  'password.forced': 'This is your first sign-in or your password was reset: please set a new password first.',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.confirm': 'Confirm new password',
  'password.submit': 'Change password',
  'password.mismatch': 'The two new passwords do not match',
  'password.changed': 'Password changed',
  'password.rules': 'Password rules',
  'password.rule.tooShort': 'At least {{min}} characters',
  'password.rule.tooLong': 'At most {{max}} characters',
  'password.rule.tooFewClasses': 'At least {{classes}} of: lower case, upper case, digits, symbols',
  'password.rule.containsUsername': 'Does not contain the username',
};
