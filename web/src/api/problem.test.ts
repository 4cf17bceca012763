import { describe, expect, it } from 'vitest';
import { ApiError, ERROR_CODES, problemToError } from './problem';

describe('problemToError', () => {
  it('reads code, detail, requestId and field errors from a problem document', () => {
    const error = problemToError(
      400,
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: '请求参数有误',
        code: 'validation.failed',
        requestId: 'req-1',
        errors: [{ field: 'newPassword', code: 'tooShort', message: '至少 8 位' }],
      },
      'fallback',
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation.failed');
    expect(error.message).toBe('请求参数有误');
    expect(error.requestId).toBe('req-1');
    expect(error.fieldErrors).toEqual([{ field: 'newPassword', code: 'tooShort', message: '至少 8 位' }]);
  });

  it('reads the tries left after a wrong password', () => {
    const problem = {
      status: 401,
      code: 'auth.invalidCredentials',
      detail: '用户名或密码错误。',
      remainingAttempts: 3,
    };
    expect(problemToError(401, problem, 'x').remainingAttempts).toBe(3);
    expect(problemToError(409, { code: 'conflict' }, 'x').remainingAttempts).toBeUndefined();
  });

  it('falls back to the title, then to the given message', () => {
    expect(problemToError(409, { title: 'Conflict', code: 'conflict' }, 'x').message).toBe('Conflict');
    expect(problemToError(500, { code: 'internal' }, 'x').message).toBe('x');
  });

  it('marks a body that is not a problem document as unexpected and keeps the header request id', () => {
    const error = problemToError(502, null, 'Bad gateway', 'req-9');
    expect(error.code).toBe(ERROR_CODES.unexpected);
    expect(error.requestId).toBe('req-9');
    expect(error.isServerError).toBe(true);
  });
});
