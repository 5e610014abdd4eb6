import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ZodError } from "zod";
import { AppError, emptyFieldErrors, type FieldErrors } from "@/lib/errors";
import { Prisma } from "@/generated/prisma/client";
import { isDatabaseUnavailable } from "@/server/services/db/database-unavailable";

// The one place where errors become what a caller sees: a tRPC error with the right code, an HTTP
// status, and the JSON body `{ message, code, data: { httpStatus, path, fieldErrors?, requestId } }`
// that the tRPC, dot-style and plain routes all send.

/** Seconds a caller should wait before retrying while the database cannot be reached. */
const DATABASE_RETRY_SECONDS = 5;

/** Any thrown value as a domain error, or null when it is unexpected (a defect: 500). */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  // tRPC wraps what a procedure threw; the cause decides (a schema failure, a domain error, an outage).
  if (error instanceof TRPCError) return (error.cause ? toAppError(error.cause) : null) ?? fromTRPC(error);
  if (error instanceof ZodError) {
    const fieldErrors = fieldErrorsOf(error);
    return new AppError("BAD_REQUEST", validationMessage(fieldErrors), { fieldErrors });
  }
  // A unique-constraint violation that a service did not turn into a clearer message itself.
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return new AppError("CONFLICT", "That value is already taken");
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError("SERVICE_UNAVAILABLE", "The database cannot be reached right now; try again shortly", {
      retryAfterSeconds: DATABASE_RETRY_SECONDS,
      cause: error,
    });
  }
  return null;
}

/** tRPC's own errors (a body that is not JSON, an unknown procedure) keep their meaning. */
function fromTRPC(error: TRPCError): AppError | null {
  switch (error.code) {
    case "PARSE_ERROR":
      return new AppError("BAD_REQUEST", "The request body is not valid JSON");
    case "BAD_REQUEST":
    case "UNAUTHORIZED":
    case "FORBIDDEN":
    case "NOT_FOUND":
    case "METHOD_NOT_SUPPORTED":
    case "CONFLICT":
    case "PAYLOAD_TOO_LARGE":
    case "UNSUPPORTED_MEDIA_TYPE":
    case "TOO_MANY_REQUESTS":
    case "SERVICE_UNAVAILABLE":
      return new AppError(error.code, error.message);
    default:
      return null;
  }
}

/** The error as tRPC carries it: domain errors keep their code; anything unexpected is a 500. */
export function toTRPCError(error: unknown): TRPCError {
  const appError = toAppError(error);
  if (appError) return new TRPCError({ code: appError.code, message: appError.message, cause: appError });
  return error instanceof TRPCError && error.code === "INTERNAL_SERVER_ERROR"
    ? error
    : new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Internal server error", cause: error });
}

export type ErrorBody = {
  message: string;
  code: string;
  data: { httpStatus: number; path?: string; fieldErrors?: FieldErrors; requestId?: string };
};

/** The body and headers for any error; a defect's own message never reaches the caller. */
export function errorResponseParts(error: unknown, context: { path?: string; requestId?: string | null } = {}) {
  const appError = toAppError(error);
  const trpcError = toTRPCError(appError ?? error);
  const httpStatus = getHTTPStatusCodeFromError(trpcError);
  const body: ErrorBody = {
    message: appError ? appError.message : "Internal server error",
    code: trpcError.code,
    data: {
      httpStatus,
      ...(context.path ? { path: context.path } : {}),
      ...(appError?.fieldErrors ? { fieldErrors: appError.fieldErrors } : {}),
      ...(context.requestId ? { requestId: context.requestId } : {}),
    },
  };
  const headers: Record<string, string> = { ...appError?.headers };
  if (appError?.retryAfterSeconds !== undefined) headers["retry-after"] = String(appError.retryAfterSeconds);
  return { status: httpStatus, body, headers, appError };
}

/** Field errors from a schema failure (zod issues), keyed by the dotted path of each field. */
export function fieldErrorsOf(error: ZodError): FieldErrors {
  const fields = emptyFieldErrors();
  for (const issue of error.issues) {
    // An unknown field is reported under its own name, so the caller sees which one.
    const unknown = issue.code === "unrecognized_keys";
    const keys = unknown ? issue.keys.map((k) => [...issue.path, k].join(".")) : [issue.path.join(".") || "_"];
    for (const key of keys) (fields[key] ??= []).push(unknown ? `Unknown field "${key}"` : issue.message);
  }
  return fields;
}

/** "Input validation failed: limit: Too big; role: Invalid option" — readable without parsing `data`. */
export const validationMessage = (fieldErrors: FieldErrors) =>
  `Input validation failed: ${Object.entries(fieldErrors)
    .map(([field, messages]) => `${field}: ${messages.join(", ")}`)
    .join("; ")}`;
