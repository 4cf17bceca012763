import { ApiError, ERROR_CODES, problemToError } from './problem';
import { type QueryParams, toQueryString } from './query';

export const API_BASE = '/api/v1';

/** What the client needs from the app; set once at start-up by the app shell. */
export interface ClientHooks {
  /** The current UI language, sent as Accept-Language (zh-CN or en-US). */
  language: () => string;
  /** A message for failures that carry none (network down, body not a problem document). */
  fallbackMessage: (code: typeof ERROR_CODES.network | typeof ERROR_CODES.unexpected) => string;
  /**
   * No session: go to the login page. `sessionEnded` when the server said the session expired (not
   * when the browser never had one).
   */
  onUnauthenticated: (sessionEnded: boolean) => void;
  /** The account must change its password before doing anything else. */
  onPasswordChangeRequired: () => void;
  /** The server answered (anything but a 401): a signed-in session's idle clock starts again. */
  onServerContact: () => void;
}

let hooks: ClientHooks = {
  language: () => 'zh-CN',
  fallbackMessage: (code) => code,
  onUnauthenticated: () => {},
  onPasswordChangeRequired: () => {},
  onServerContact: () => {},
};

let csrfToken: string | null = null;

export function configureClient(next: ClientHooks): void {
  hooks = next;
}

/** Remembers the CSRF token of the last /auth/me or /auth/login answer (or null after sign-out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Paths whose 401 is an answer for the form, not a lost session. */
const NO_REDIRECT_PATHS = new Set(['/auth/login']);

/**
 * Marks a request the app makes on its own (the bell's poll): the server does not count it as the
 * user's activity, and neither does the idle clock here, so a quiet tab still idles out.
 */
export const BACKGROUND_HEADER = 'x-zonehub-background';

async function send(
  method: Method,
  path: string,
  query?: QueryParams,
  body?: unknown,
  background = false,
): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': hooks.language() };
  if (background) headers[BACKGROUND_HEADER] = '1';
  if (method !== 'GET') {
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
    // A file goes up as itself (uploads); anything else as JSON.
    if (body instanceof Blob) headers['Content-Type'] = body.type || 'application/octet-stream';
    else if (body !== undefined) headers['Content-Type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${toQueryString(query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : body instanceof Blob ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ status: 0, code: ERROR_CODES.network, message: hooks.fallbackMessage(ERROR_CODES.network) });
  }
  if (response.status !== 401 && !background) hooks.onServerContact();
  if (!response.ok) throw await toError(path, response);
  return response;
}

async function toError(path: string, response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const error = problemToError(response.status, body, hooks.fallbackMessage(ERROR_CODES.unexpected), requestId);
  const sessionLost = error.code === ERROR_CODES.sessionExpired || error.code === ERROR_CODES.unauthenticated;
  if (error.status === 401 && sessionLost && !NO_REDIRECT_PATHS.has(path)) {
    setCsrfToken(null);
    hooks.onUnauthenticated(error.code === ERROR_CODES.sessionExpired);
  } else if (error.status === 403 && error.code === ERROR_CODES.passwordChangeRequired) {
    hooks.onPasswordChangeRequired();
  }
  return error;
}

async function json<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface Download {
  blob: Blob;
  filename: string | null;
}

function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? null;
}

/** The single API client: every call of the web app goes through these functions. */
export const api = {
  get: async <T>(path: string, query?: QueryParams): Promise<T> => json<T>(await send('GET', path, query)),
  /** A GET the app makes on its own (polling): it neither shows nor extends the user's activity. */
  poll: async <T>(path: string, query?: QueryParams): Promise<T> =>
    json<T>(await send('GET', path, query, undefined, true)),
  post: async <T>(path: string, body?: unknown): Promise<T> => json<T>(await send('POST', path, undefined, body ?? {})),
  patch: async <T>(path: string, body: unknown): Promise<T> => json<T>(await send('PATCH', path, undefined, body)),
  put: async <T>(path: string, body: unknown): Promise<T> => json<T>(await send('PUT', path, undefined, body)),
  delete: async (path: string): Promise<void> => {
    await send('DELETE', path);
  },
  /** Sends a file as the raw request body (e.g. an .xlsx to import). */
  upload: async <T>(path: string, file: Blob, query?: QueryParams): Promise<T> =>
    json<T>(await send('POST', path, query, file)),
  download: async (path: string, query?: QueryParams): Promise<Download> => {
    const response = await send('GET', path, query);
    return { blob: await response.blob(), filename: filenameOf(response.headers.get('content-disposition')) };
  },
};
