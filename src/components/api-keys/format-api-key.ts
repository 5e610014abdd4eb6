import type { TApiKeyMetadata } from "@/lib/schemas/user";

// How the API keys pages word a key's metadata.

const UNITS: [number, string][] = [
  [86_400, "day"],
  [3_600, "hour"],
  [60, "minute"],
  [1, "second"],
];

/** 3600 → "1 hour", 172800 → "2 days", 90 → "90 seconds". */
export function formatDuration(seconds: number): string {
  const [size, unit] = UNITS.find(([size]) => seconds % size === 0) ?? [1, "second"];
  const count = seconds / size;
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

export const isExpired = (expiresAt: string, now = Date.now()) => new Date(expiresAt).getTime() <= now;

type Limits = Pick<TApiKeyMetadata, "rateLimitEnabled" | "rateLimitMax" | "rateLimitTimeWindow" | "remaining" | "refillAmount" | "refillInterval">;

/** "1000 per 1 hour · 50 left, +10 every 1 day", or "No limits". */
export function describeLimits(key: Limits): string {
  const parts: string[] = [];
  if (key.rateLimitEnabled && key.rateLimitMax && key.rateLimitTimeWindow) {
    parts.push(`${key.rateLimitMax} per ${formatDuration(key.rateLimitTimeWindow)}`);
  }
  if (key.remaining !== null) {
    const refill = key.refillAmount && key.refillInterval ? `, +${key.refillAmount} every ${formatDuration(key.refillInterval)}` : "";
    parts.push(`${key.remaining} left${refill}`);
  }
  return parts.length ? parts.join(" · ") : "No limits";
}

export const describeScope = (permissions: string[] | null) =>
  permissions === null ? "All of the owner's" : permissions.length === 1 ? permissions[0]! : `${permissions.length} permissions`;
