import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json";

/** The fields an audit event's hash covers: all of it, including the previous event's hash. */
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
};

export function eventHash(fields: HashedFields): string {
  const payload = canonicalJson({ ...fields, createdAt: fields.createdAt.toISOString(), before: fields.before ?? null, after: fields.after ?? null });
  return createHash("sha256").update(payload).digest("hex");
}
