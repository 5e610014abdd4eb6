import type { TRPCError } from "@trpc/server";
import { retryAfterOf } from "./errors";

type MetaInput = { errors: readonly TRPCError[] };

/** Headers that HTTP callers need beside the status: Retry-After on 429. */
export function httpResponseMeta({ errors }: MetaInput) {
  const retryAfter = errors.map((e) => retryAfterOf(e.cause)).find((s) => s !== undefined);
  return retryAfter === undefined ? {} : { headers: { "retry-after": String(retryAfter) } };
}

/** Logs unexpected failures only: never the input, which may hold passwords or keys. */
export function logServerError({ error, path }: { error: TRPCError; path?: string }) {
  if (error.code === "INTERNAL_SERVER_ERROR") {
    console.error(`[roster] ${path ?? "unknown procedure"} failed:`, error.cause ?? error);
  }
}

/**
 * trpc-to-openapi answers every schema failure with the bare message "Input validation failed";
 * HTTP callers should read which field broke which rule without digging into `issues`.
 */
export async function withFieldsInMessage(response: Response): Promise<Response> {
  if (response.status !== 400) return response;
  const body = (await response.clone().json().catch(() => null)) as
    | { message?: string; data?: { fieldErrors?: Record<string, string[]> } }
    | null;
  const fieldErrors = body?.data?.fieldErrors;
  if (!body || !fieldErrors || body.message !== "Input validation failed") return response;
  const details = Object.entries(fieldErrors).map(([field, messages]) => `${field}: ${messages.join(", ")}`);
  return Response.json({ ...body, message: `Input validation failed: ${details.join("; ")}` }, {
    status: 400,
    headers: response.headers,
  });
}
