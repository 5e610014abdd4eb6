import type { Prisma } from "@/generated/prisma/client";
import type { TAuditEvent } from "@/lib/schemas/audit";

export const AUDIT_SELECT = {
  id: true,
  seq: true,
  createdAt: true,
  actorUserId: true,
  actorName: true,
  apiKeyId: true,
  action: true,
  targetType: true,
  targetId: true,
  targetName: true,
  before: true,
  after: true,
  ip: true,
  userAgent: true,
  prevHash: true,
  hash: true,
  keyEra: true,
} satisfies Prisma.AuditEventSelect;

/** AUDIT_SELECT's columns, for SQL written by hand. */
export const AUDIT_COLUMNS = Object.keys(AUDIT_SELECT)
  .map((column) => `"${column}"`)
  .join(", ");

export type AuditRow = Prisma.AuditEventGetPayload<{ select: typeof AUDIT_SELECT }>;

const asChange = (value: Prisma.JsonValue) =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

export const toAuditEvent = (row: AuditRow): TAuditEvent => ({
  id: row.id,
  seq: row.seq,
  createdAt: row.createdAt.toISOString(),
  actor: { userId: row.actorUserId, name: row.actorName },
  apiKeyId: row.apiKeyId,
  action: row.action,
  target: { type: row.targetType, id: row.targetId, name: row.targetName },
  before: asChange(row.before),
  after: asChange(row.after),
  ip: row.ip,
  userAgent: row.userAgent,
  prevHash: row.prevHash,
  hash: row.hash,
  keyEra: row.keyEra,
});
