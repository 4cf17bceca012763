import type { ErrorCode } from './errors.js';
import type { Locale } from './locale.js';

type Messages = Record<ErrorCode, { title: string; detail: string }>;

const zhCN: Messages = {
  'validation.failed': { title: '输入有误', detail: '请求中有 {count} 处错误，请按提示修改。' },
  'request.malformedJson': { title: '请求格式错误', detail: '请求体不是合法的 JSON：{reason}' },
  'request.unsupportedMediaType': { title: '不支持的内容类型', detail: '请以 application/json 提交。' },
  'request.tooLarge': { title: '请求过大', detail: '请求体超过 {limit} 的上限。' },
  'auth.unauthenticated': { title: '未登录', detail: '请先登录。' },
  'auth.sessionExpired': { title: '会话已过期', detail: '会话已过期，请重新登录。' },
  'auth.invalidCredentials': { title: '登录失败', detail: '用户名或密码错误。' },
  'auth.locked': { title: '登录已锁定', detail: '失败次数过多，请 {minutes} 分钟后再试。' },
  'auth.wrongPassword': { title: '当前密码错误', detail: '当前密码不正确。' },
  'auth.forbidden': { title: '无权访问', detail: '您没有执行此操作的权限。' },
  'auth.passwordChangeRequired': { title: '需要修改密码', detail: '首次登录须先修改密码。' },
  'auth.csrfInvalid': { title: '请求校验失败', detail: '缺少或无效的 CSRF 令牌，请刷新页面后重试。' },
  'auth.inactive': { title: '账号已停用', detail: '该账号已停用，请联系管理员。' },
  notFound: { title: '未找到', detail: '未找到该{entity}。' },
  'route.notFound': { title: '未找到', detail: '没有这个接口：{method} {url}' },
  conflict: { title: '冲突', detail: '{reason}' },
  internal: { title: '服务器内部错误', detail: '服务器出错了，请稍后再试。如需帮助，请提供请求编号 {requestId}。' },
};

const enUS: Messages = {
  'validation.failed': { title: 'Invalid input', detail: 'The request has {count} error(s); see the fields.' },
  'request.malformedJson': { title: 'Malformed request', detail: 'The request body is not valid JSON: {reason}' },
  'request.unsupportedMediaType': { title: 'Unsupported media type', detail: 'Send application/json.' },
  'request.tooLarge': { title: 'Request too large', detail: 'The request body exceeds the {limit} limit.' },
  'auth.unauthenticated': { title: 'Not signed in', detail: 'Please sign in first.' },
  'auth.sessionExpired': { title: 'Session expired', detail: 'Your session has expired; please sign in again.' },
  'auth.invalidCredentials': { title: 'Sign-in failed', detail: 'Wrong username or password.' },
  'auth.locked': { title: 'Sign-in locked', detail: 'Too many failed attempts; try again in {minutes} minutes.' },
  'auth.wrongPassword': { title: 'Wrong current password', detail: 'The current password is not correct.' },
  'auth.forbidden': { title: 'Forbidden', detail: 'You are not allowed to do this.' },
  'auth.passwordChangeRequired': {
    title: 'Password change required',
    detail: 'Change your password before going on.',
  },
  'auth.csrfInvalid': {
    title: 'Request check failed',
    detail: 'Missing or invalid CSRF token; reload the page and try again.',
  },
  'auth.inactive': { title: 'Account disabled', detail: 'This account is disabled; contact an administrator.' },
  notFound: { title: 'Not found', detail: 'That {entity} was not found.' },
  'route.notFound': { title: 'Not found', detail: 'No such endpoint: {method} {url}' },
  conflict: { title: 'Conflict', detail: '{reason}' },
  internal: {
    title: 'Internal server error',
    detail: 'Something went wrong on our side. Quote request id {requestId} when asking for help.',
  },
};

const ENTITY_NAMES: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    user: '用户',
    zone: '开发区',
    park: '园区',
    orgUnit: '组织机构',
    enterprise: '企业',
    parcel: '地块',
    session: '会话',
  },
  'en-US': {},
};

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

export function problemText(
  locale: Locale,
  code: ErrorCode,
  params: Record<string, string | number>,
): { title: string; detail: string } {
  const table = locale === 'en-US' ? enUS : zhCN;
  const message = table[code];
  const entity = typeof params.entity === 'string' ? (ENTITY_NAMES[locale][params.entity] ?? params.entity) : '';
  const values = { ...params, entity };
  return { title: message.title, detail: fill(message.detail, values) };
}
