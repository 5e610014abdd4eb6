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

/** The credential a caller sent as `x-api-key` or `Authorization: Bearer`, if any. */
export function presentedCredential(headers: Headers): { value: string; header: "x-api-key" | "bearer" } | null {
  const apiKey = headers.get("x-api-key")?.trim();
  if (apiKey) return { value: apiKey, header: "x-api-key" };
  const authorization = headers.get("authorization");
  const match = authorization?.match(/^Bearer\s+(.+)$/i);
  if (match?.[1]) return { value: match[1].trim(), header: "bearer" };
  return null;
}
