import type { Prisma } from "@/generated/prisma/client";
import type { AuditAction } from "@/lib/audit-actions";
import type { RequestInfo } from "@/server/actor/actor";
import type { Tx } from "@/server/db";
import { currentAuditKey } from "./audit-keys";
import { eventHash } from "./event-hash";

/** Who did it, as the audit trail records it. */
export type AuditActor = {
  user: { id: string; username: string } | null;
  apiKey?: { id: string } | null;
  request?: RequestInfo;
};

export type AuditEntry = {
  organizationId: string;
  action: AuditAction;
  target: { type: string; id?: string | null; name?: string | null };
  /** The changed fields before and after. Never secrets: callers pass what may be shown. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

const SECRET_FIELDS = /^(password|currentPassword|newPassword|passwordHash|secret|token|key|apiKey|hash)$/i;

/** Drops any field whose name looks like a secret, as a second guard behind the callers. */
function scrub(values: Record<string, unknown> | null | undefined): Prisma.InputJsonValue | undefined {
  if (!values) return undefined;
  const clean: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined || SECRET_FIELDS.test(field)) continue;
    clean[field] = value instanceof Date ? value.toISOString() : value;
  }
  return JSON.parse(JSON.stringify(clean)) as Prisma.InputJsonValue;
}

/**
 * Appends an event to its organization's chain inside `tx`: the next sequence number, the previous
 * event's hash, sealed with the server's audit key. Only auditedTransaction calls this, after it has
 * locked the organization's chain head as the transaction's first statement.
 */
export async function appendAuditEvent(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const [head] = await tx.$queryRaw<{ auditSeq: number; auditHeadHash: string | null }[]>`
    SELECT "auditSeq", "auditHeadHash" FROM organization WHERE id = ${entry.organizationId} FOR NO KEY UPDATE`;
  if (!head) throw new Error(`audit: organization ${entry.organizationId} not found`);
  const key = currentAuditKey();
  const before = scrub(entry.before);
  const after = scrub(entry.after);
  const fields = {
    organizationId: entry.organizationId,
    seq: head.auditSeq + 1,
    // Millisecond precision, as the column stores it, so the hash can be recomputed from the row.
    createdAt: new Date(Math.floor(Date.now())),
    actorUserId: actor.user?.id ?? null,
    actorName: actor.user?.username ?? "system",
    apiKeyId: actor.apiKey?.id ?? null,
    action: entry.action,
    targetType: entry.target.type,
    targetId: entry.target.id ?? null,
    targetName: entry.target.name ?? null,
    before: before ?? null,
    after: after ?? null,
    ip: actor.request?.ip ?? null,
    userAgent: actor.request?.userAgent ?? null,
    prevHash: head.auditHeadHash,
    keyEra: key.era,
  };
  const hash = eventHash(fields, key.secret);
  await tx.auditEvent.create({ data: { ...fields, before, after, hash } });
  await tx.organization.update({ where: { id: entry.organizationId }, data: { auditSeq: fields.seq, auditHeadHash: hash } });
}

/** The fields of `after` whose values differ from `before`, as the pair an audit event stores. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const from: Record<string, unknown> = {};
  const to: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    if (JSON.stringify(before[field]) !== JSON.stringify(value)) {
      from[field] = before[field];
      to[field] = value;
    }
  }
  return { before: from, after: to, changed: Object.keys(to).length > 0 };
}
