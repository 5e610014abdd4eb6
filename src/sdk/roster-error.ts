import { TRPCClientError } from "@trpc/client";
import type { AppErrorCode, FieldErrors } from "@/lib/errors";
import type { AppRouter } from "./router";

/** What went wrong, as Roster names it; `NETWORK_ERROR` when no answer came back (status 0). */
export type RosterErrorCode = AppErrorCode | "INTERNAL_SERVER_ERROR" | "NETWORK_ERROR";

export type RosterErrorDetails = {
  code: RosterErrorCode;
  status: number;
  fieldErrors?: FieldErrors;
  requestId?: string;
  retryAfterSeconds?: number;
  procedure?: string;
  cause?: Error;
  shape?: unknown;
  meta?: Record<string, unknown>;
};

const CODE_BY_STATUS: Record<number, RosterErrorCode> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_SUPPORTED",
  409: "CONFLICT",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  429: "TOO_MANY_REQUESTS",
  503: "SERVICE_UNAVAILABLE",
};
const KNOWN_CODES = new Set<string>([...Object.values(CODE_BY_STATUS), "INTERNAL_SERVER_ERROR"]);

/** Roster's code for an answer: the one it sent, else the one its HTTP status stands for. */
export function errorCodeOf(code: string | undefined, status: number): RosterErrorCode {
  if (code && KNOWN_CODES.has(code)) return code as RosterErrorCode;
  return CODE_BY_STATUS[status] ?? "INTERNAL_SERVER_ERROR";
}

/**
 * Every failed call rejects with a RosterError: branch on `code` (or `status`) rather than on the
 * message. `fieldErrors` names each bad field of a 400; `retryAfterSeconds` comes with 429 and 503.
 */
export class RosterError extends TRPCClientError<AppRouter> {
  readonly code: RosterErrorCode;
  readonly status: number;
  readonly fieldErrors: FieldErrors;
  readonly requestId: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** The procedure that failed, e.g. `user.one`. */
  readonly procedure: string | undefined;

  constructor(message: string, details: RosterErrorDetails) {
    super(message, {
      cause: details.cause,
      meta: details.meta,
      // Keeps tRPC's own `shape` and `data` readable for callers who used them before.
      result: details.shape ? { error: details.shape as never } : undefined,
    });
    // tRPC's constructor pins the prototype to its own class; a subclass must put its own back.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "RosterError";
    this.code = details.code;
    this.status = details.status;
    this.fieldErrors = details.fieldErrors ?? {};
    this.requestId = details.requestId;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.procedure = details.procedure;
  }
}

type ErrorData = { httpStatus?: number; code?: string; fieldErrors?: FieldErrors; requestId?: string; path?: string };

/** A tRPC client error as a RosterError: Roster's error body when it answered, else a network error. */
export function toRosterError(error: TRPCClientError<AppRouter>, procedure?: string): RosterError {
  if (error instanceof RosterError) return error;
  const data = (error.data ?? undefined) as ErrorData | undefined;
  const response = error.meta?.response as Response | undefined;
  const answered = Boolean(data) || (response !== undefined && response.status >= 400);
  if (!answered) {
    return new RosterError(`Cannot reach Roster: ${causeMessage(error)}`, { code: "NETWORK_ERROR", status: 0, procedure, cause: error });
  }
  const status = data?.httpStatus ?? response?.status ?? 500;
  return new RosterError(error.message, {
    code: errorCodeOf(data?.code, status),
    status,
    fieldErrors: data?.fieldErrors,
    requestId: data?.requestId ?? response?.headers.get("x-request-id") ?? undefined,
    retryAfterSeconds: retryAfterOf(response?.headers),
    procedure: data?.path ?? procedure,
    cause: error,
    shape: error.shape,
    meta: error.meta,
  });
}

export function retryAfterOf(headers: Headers | undefined): number | undefined {
  const value = headers?.get("retry-after");
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

export function causeMessage(error: Error): string {
  let cause: unknown = error.cause ?? error;
  // fetch reports "fetch failed" and keeps the reason (ECONNREFUSED, a DNS failure) in its own cause.
  while (cause instanceof Error && cause.cause instanceof Error) cause = cause.cause;
  return cause instanceof Error ? cause.message : error.message;
}

export const isRosterError = (error: unknown): error is RosterError => error instanceof RosterError;
