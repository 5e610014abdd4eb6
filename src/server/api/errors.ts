import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { ZodError } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors";
import { Prisma } from "@/generated/prisma/client";

// The one place where domain errors become tRPC errors (and, through tRPC's table, HTTP statuses).

/** A unique-constraint violation that a service did not turn into a clearer message itself. */
function fromPrisma(error: unknown): AppError | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return new AppError("CONFLICT", "That value is already taken");
  }
  return null;
}

export function toTRPCError(error: unknown): TRPCError | null {
  const appError = error instanceof AppError ? error : fromPrisma(error);
  if (!appError) return null;
  return new TRPCError({ code: appError.code satisfies TRPC_ERROR_CODE_KEY, message: appError.message, cause: appError });
}

/** Field errors from a schema failure (zod issues) or from a service's AppError. */
export function fieldErrorsOf(cause: unknown): FieldErrors | undefined {
  if (cause instanceof ZodError) {
    const fields: FieldErrors = {};
    for (const issue of cause.issues) {
      // An unknown field is reported under its own name, so the caller sees which one.
      const keys = issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...issue.path, k].join(".")) : [issue.path.join(".") || "_"];
      for (const key of keys) (fields[key] ??= []).push(issue.code === "unrecognized_keys" ? `Unknown field "${key}"` : issue.message);
    }
    return fields;
  }
  if (cause instanceof AppError) return cause.fieldErrors;
  return undefined;
}

export const retryAfterOf = (cause: unknown) => (cause instanceof AppError ? cause.retryAfterSeconds : undefined);
