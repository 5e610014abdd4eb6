import type { Prisma } from "@/generated/prisma/client";
import type { TApiKeyMetadata } from "@/lib/schemas/user";
import { decodeKeyPermissions } from "@/server/actor/key-permissions";

// Everything about a key except the key: the hash column is never selected.
export const API_KEY_METADATA_SELECT = {
  id: true,
  name: true,
  prefix: true,
  start: true,
  enabled: true,
  organizationId: true,
  expiresAt: true,
  lastRequest: true,
  createdAt: true,
  rateLimitEnabled: true,
  rateLimitTimeWindow: true,
  rateLimitMax: true,
  remaining: true,
  refillAmount: true,
  refillInterval: true,
  permissions: true,
} satisfies Prisma.ApikeySelect;

type Row = Prisma.ApikeyGetPayload<{ select: typeof API_KEY_METADATA_SELECT }>;

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 1000));

export function toApiKeyMetadata(row: Row): TApiKeyMetadata {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    start: row.start,
    enabled: row.enabled,
    organizationId: row.organizationId,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastRequest?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    rateLimitEnabled: row.rateLimitEnabled,
    // Stored in milliseconds, as @better-auth/api-key does; the API speaks seconds, as Dokploy's does.
    rateLimitTimeWindow: seconds(row.rateLimitTimeWindow),
    rateLimitMax: row.rateLimitMax,
    remaining: row.remaining,
    refillAmount: row.refillAmount,
    refillInterval: seconds(row.refillInterval),
    permissions: decodeKeyPermissions(row.permissions),
  };
}
