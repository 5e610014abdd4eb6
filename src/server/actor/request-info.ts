import type { RequestInfo } from "./actor";

export function requestInfo(headers: Headers): RequestInfo {
  // The first address of X-Forwarded-For is the client as the nearest proxy saw it.
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: forwarded || headers.get("x-real-ip") || null,
    userAgent: headers.get("user-agent"),
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
