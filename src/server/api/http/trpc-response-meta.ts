import type { TRPCError } from "@trpc/server";
import { errorResponseParts } from "../errors";

/**
 * Headers that tRPC callers need beside the status: Retry-After on 429 and 503, Allow on 405, and
 * the JSON content type on every error (tRPC leaves it off when it refuses a request before any
 * procedure runs, e.g. for a body that is not sent as JSON).
 */
export function trpcResponseMeta({ errors }: { errors: readonly TRPCError[] }) {
  if (!errors.length) return {};
  const headers = Object.assign({ "content-type": "application/json" }, ...errors.map((error) => errorResponseParts(error).headers)) as Record<string, string>;
  return { headers };
}
