import { CLIENT_IP_HEADER, REQUEST_ID_HEADER } from "@/server/request-headers";
import type { RequestInfo } from "./actor";

/**
 * Where the request came from. The address is the one Roster's HTTP edge decided (the socket peer,
 * or what a trusted proxy forwarded); a client's own X-Forwarded-For is never read here.
 */
export function requestInfo(headers: Headers): RequestInfo {
  return {
    ip: headers.get(CLIENT_IP_HEADER),
    userAgent: headers.get("user-agent"),
    requestId: headers.get(REQUEST_ID_HEADER),
  };
}

/**
 * The credential a caller sent, if any: `x-api-key`, `Authorization: Bearer`, or Conductor's
 * `X-Authorization: <token>` (its clients send the token bare; a `Bearer ` prefix is accepted too).
 * Each may carry an API key or a session token, except `x-api-key`, which is for keys only.
 */
export function presentedCredential(headers: Headers): { value: string; header: "x-api-key" | "bearer" | "x-authorization" } | null {
  const apiKey = headers.get("x-api-key")?.trim();
  if (apiKey) return { value: apiKey, header: "x-api-key" };
  const authorization = headers.get("authorization");
  const match = authorization?.match(/^Bearer\s+(.+)$/i);
  if (match?.[1]) return { value: match[1].trim(), header: "bearer" };
  const conductor = headers.get("x-authorization")?.replace(/^Bearer\s+/i, "").trim();
  if (conductor) return { value: conductor, header: "x-authorization" };
  return null;
}
