import { ZodError } from "zod";
import { APP_ERROR_STATUS, AppError } from "@/lib/errors";
import { fieldErrorsOf } from "./errors";

/**
 * For the few plain route handlers outside tRPC (the CSV export): a domain error or a schema
 * failure as the same JSON body and status the procedures answer with. Anything else is rethrown.
 */
export function appErrorResponse(error: unknown): Response {
  if (error instanceof ZodError) {
    const fieldErrors = fieldErrorsOf(error);
    const details = Object.entries(fieldErrors ?? {}).map(([field, messages]) => `${field}: ${messages.join(", ")}`);
    return Response.json(
      { message: `Input validation failed: ${details.join("; ")}`, code: "BAD_REQUEST", data: { fieldErrors } },
      { status: 400 },
    );
  }
  if (!(error instanceof AppError)) throw error;
  const headers = error.retryAfterSeconds ? { "retry-after": String(error.retryAfterSeconds) } : undefined;
  return Response.json(
    { message: error.message, code: error.code, data: error.fieldErrors ? { fieldErrors: error.fieldErrors } : {} },
    { status: APP_ERROR_STATUS[error.code], headers },
  );
}
