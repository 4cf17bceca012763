/** One field-level error of a validation problem (RFC 9457 extension `errors`). */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** A problem document as the server sends it (RFC 9457 with `code`, `requestId` and `errors`). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  requestId?: string;
  errors?: FieldError[];
  /** A wrong password: tries left before sign-in (or the password change) is locked. */
  remainingAttempts?: number;
}

/** Codes the web app reacts to; the server may send others, which are shown as their message. */
export const ERROR_CODES = {
  sessionExpired: 'auth.sessionExpired',
  unauthenticated: 'auth.unauthenticated',
  passwordChangeRequired: 'auth.passwordChangeRequired',
  invalidCredentials: 'auth.invalidCredentials',
  locked: 'auth.locked',
  wrongPassword: 'auth.wrongPassword',
  validationFailed: 'validation.failed',
  conflict: 'conflict',
  /** Not from the server: the request never got an answer. */
  network: 'client.network',
  /** Not from the server: the answer was not a problem document. */
  unexpected: 'client.unexpected',
} as const;

/** The one error type of the web app: every failed API call rejects with it. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly fieldErrors: FieldError[];
  readonly remainingAttempts: number | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    requestId?: string;
    fieldErrors?: FieldError[];
    remainingAttempts?: number;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.fieldErrors = init.fieldErrors ?? [];
    this.remainingAttempts = init.remainingAttempts;
  }

  get isServerError(): boolean {
    return this.status >= 500;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((e) => ({
    field: asString(e.field) ?? '',
    code: asString(e.code) ?? '',
    message: asString(e.message) ?? '',
  }));
}

/**
 * Turns a response body (already JSON-parsed, or null when it was not JSON) into an ApiError.
 * `fallbackMessage` is used when the body carries neither detail nor title.
 */
export function problemToError(status: number, body: unknown, fallbackMessage: string, requestId?: string): ApiError {
  if (!isRecord(body)) {
    return new ApiError({ status, code: ERROR_CODES.unexpected, message: fallbackMessage, requestId });
  }
  return new ApiError({
    status: typeof body.status === 'number' ? body.status : status,
    code: asString(body.code) ?? ERROR_CODES.unexpected,
    message: asString(body.detail) ?? asString(body.title) ?? fallbackMessage,
    requestId: asString(body.requestId) ?? requestId,
    fieldErrors: parseFieldErrors(body.errors),
    ...(typeof body.remainingAttempts === 'number' ? { remainingAttempts: body.remainingAttempts } : {}),
  });
}
