import { createHash, createHmac } from "node:crypto";
import { canonicalJson } from "./canonical-json";

/** The fields an audit event's seal covers: all of it, including the previous event's hash. */
export type HashedFields = {
  organizationId: string;
  seq: number;
  createdAt: Date;
  actorUserId: string | null;
  actorName: string;
  apiKeyId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  targetName: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  userAgent: string | null;
  prevHash: string | null;
  /** The era of the key that sealed it; null for events written before the chain was keyed. */
  keyEra: string | null;
};

/**
 * The event's seal: an HMAC-SHA256 with the server's audit key over its canonical JSON. Events from
 * before the chain was keyed (no era) carry a plain SHA-256, which proves order but not authorship.
 */
export function eventHash(fields: HashedFields, secret: Buffer | null): string {
  const { keyEra, ...rest } = fields;
  const payload = canonicalJson({
    ...rest,
    ...(keyEra ? { keyEra } : {}),
    createdAt: fields.createdAt.toISOString(),
    before: fields.before ?? null,
    after: fields.after ?? null,
  });
  return (secret ? createHmac("sha256", secret) : createHash("sha256")).update(payload).digest("hex");
}
