import type { TRPCError } from "@trpc/server";
import { errorResponseParts } from "../errors";

/** Headers that tRPC callers need beside the status: Retry-After on 429 and 503, Allow on 405. */
export function trpcResponseMeta({ errors }: { errors: readonly TRPCError[] }) {
  const headers = Object.assign({}, ...errors.map((error) => errorResponseParts(error).headers)) as Record<string, string>;
  return Object.keys(headers).length ? { headers } : {};
}
