import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode, type FieldError, type ProblemExtensions } from './errors.js';
import { localeFrom } from './locale.js';
import { problemText } from './messages.js';
import { applySecurityHeaders } from './security-headers.js';
import { fieldErrors, RequestValidationError } from './validation.js';

/** RFC 9457 problem document, as every error leaves the server. */
export interface Problem extends ProblemExtensions {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance: string;
  requestId: string;
  errors?: FieldError[];
}

export function problemFor(request: FastifyRequest, error: AppError): Problem {
  const locale = localeFrom(request.headers['accept-language']);
  const { title, detail } = problemText(locale, error.code, { ...error.params, requestId: request.id });
  return {
    type: `https://zonehub.dev/problems/${error.code}`,
    title,
    status: error.status,
    detail,
    code: error.code,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: request.id,
    ...(error.fieldErrors.length > 0 ? { errors: error.fieldErrors } : {}),
    ...error.extensions,
  };
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const retryAfter = error.extensions.retryAfterSeconds;
  if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
  return reply
    .code(error.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send(JSON.stringify(problemFor(request, error)));
}

/** Maps what Fastify itself throws (parsing, size, media type) onto our codes. */
function fromFastifyError(error: FastifyError, request: FastifyRequest): AppError | null {
  const locale = localeFrom(request.headers['accept-language']);
  if (error instanceof RequestValidationError || (error.validation && error.cause instanceof RequestValidationError)) {
    const issues =
      error instanceof RequestValidationError ? error.issues : (error.cause as RequestValidationError).issues;
    const context = (error as FastifyError).validationContext ?? 'body';
    const errors = fieldErrors(issues, context === 'querystring' ? 'query' : context, locale);
    return new AppError('validation.failed', { count: errors.length }, errors);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('request.malformedJson', { reason: error.message });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('request.tooLarge', { limit: '1 MB' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('request.unsupportedMediaType');
    default:
      break;
  }
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return new AppError('request.malformedJson', { reason: error.message });
  }
  return null;
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = error instanceof AppError ? error : fromFastifyError(error, request);
    if (appError) {
      if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
      return sendProblem(request, reply, appError);
    }
    // Anything else is a bug or an outage: log it whole, tell the client only the request id.
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, new AppError('internal'));
  });
}

/**
 * What Fastify refuses before routing (a URL it cannot decode, an over-long parameter): by default it
 * writes its own JSON straight to the socket; with this handler it is a problem document, but still
 * no hook runs, so the security headers are set here. Nothing is routed to such a URL, hence the 404
 * of an unknown route.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const path = request.url.split('?')[0] ?? request.url;
  const known = error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  if (!known) request.log.error({ err: error }, 'request refused before routing');
  applySecurityHeaders(request, reply);
  sendProblem(
    request,
    reply,
    known ? new AppError('route.notFound', { method: request.method, url: path }) : new AppError('internal'),
  );
}
