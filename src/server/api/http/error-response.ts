import { errorResponseParts } from "../errors";

/** Any error as Roster's JSON error response, for the routes that answer HTTP themselves. */
export function errorResponse(error: unknown, context: { path?: string; requestId?: string | null } = {}): Response {
  const { status, body, headers } = errorResponseParts(error, context);
  return Response.json(body, { status, headers: { ...headers, "cache-control": "no-store" } });
}
