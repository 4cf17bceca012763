/**
 * The one error type. `code` is stable and machine-readable (clients switch on it); the message a
 * person reads comes from messages.ts in their language. Anything thrown that is not an AppError is
 * a bug: the handler answers 500 with the request id and logs the details, which never leave.
 */
export const ERROR_STATUS = {
  'validation.failed': 400,
  'request.malformedJson': 400,
  'request.unsupportedMediaType': 415,
  'request.tooLarge': 413,
  'auth.unauthenticated': 401,
  'auth.sessionExpired': 401,
  'auth.invalidCredentials': 401,
  'auth.locked': 429,
  'auth.slowDown': 429,
  'auth.wrongPassword': 400,
  'auth.forbidden': 403,
  'auth.passwordChangeRequired': 403,
  'auth.csrfInvalid': 403,
  'auth.inactive': 403,
  notFound: 404,
  'route.notFound': 404,
  conflict: 409,
  'enterprise.usccTaken': 409,
  'enterprise.versionConflict': 409,
  'user.outsideAuthority': 403,
  'user.systemAdminOnly': 403,
  'parcel.codeTaken': 409,
  'parcel.hasBuildings': 409,
  'building.codeTaken': 409,
  'building.overOccupied': 409,
  'import.notXlsx': 415,
  'import.tooLarge': 413,
  'import.unsafeZip': 400,
  'import.tooManyRows': 400,
  'import.noHeader': 422,
  'import.missingColumns': 422,
  'import.empty': 422,
  'import.notReady': 409,
  'lead.versionConflict': 409,
  'lead.moveRefused': 409,
  'lead.gateMissing': 422,
  'lead.attachmentTooLarge': 413,
  'lead.attachmentInUse': 409,
  'lead.noMoveToUndo': 409,
  'investment.methodInUse': 409,
  'project.versionConflict': 409,
  'project.leadNotLanded': 409,
  'project.leadHandedOver': 409,
  'project.dependencyCycle': 422,
  'meeting.versionConflict': 409,
  'meeting.resultRequired': 422,
  'meeting.notAnAction': 409,
  'meeting.alreadyClosed': 409,
  'meeting.seriesHasMeetings': 409,
  'investment.methodNameTaken': 409,
  'enterpriseChange.decided': 409,
  'enterpriseChange.fileTooLarge': 413,
  'agency.stepRefused': 409,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  /** Dotted path of the field in the request, e.g. `body.password` or `row 3.uscc`. */
  field: string;
  code: string;
  message: string;
}

/** RFC 9457 extension members a problem may carry for clients to act on (beside its text). */
export interface ProblemExtensions {
  /** A wrong password or current password: tries left before the lock (the web shows "还可尝试 N 次"). */
  remainingAttempts?: number;
  /** A 429: seconds before another try is looked at; also sent as the Retry-After header. */
  retryAfterSeconds?: number;
}

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    /** Values interpolated into the localized message, e.g. { minutes: 15 }. */
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: FieldError[] = [],
    readonly extensions: ProblemExtensions = {},
  ) {
    super(code);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (entity: string) => new AppError('notFound', { entity });
export const forbidden = () => new AppError('auth.forbidden');
export const conflict = (reason: string) => new AppError('conflict', { reason });
