// Domain errors. Services throw these; exactly one place (src/server/api/errors.ts) turns them into
// tRPC codes, HTTP statuses and the JSON error body. Shared with the client so the UI can read `code`.
export const APP_ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_SUPPORTED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

/** Field path → messages. Built without a prototype, so a field named `constructor` is just a field. */
export type FieldErrors = Record<string, string[]>;

export const emptyFieldErrors = (): FieldErrors => Object.create(null) as FieldErrors;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;
  readonly retryAfterSeconds?: number;
  readonly headers?: Record<string, string>;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { fieldErrors?: FieldErrors; retryAfterSeconds?: number; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.headers = options.headers;
  }
}

/** A 400 that names the field at fault, shaped like a schema error. */
export const fieldError = (field: string, message: string) => {
  const fieldErrors = emptyFieldErrors();
  fieldErrors[field] = [message];
  return new AppError("BAD_REQUEST", message, { fieldErrors });
};

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
