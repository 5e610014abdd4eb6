import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { notFound } from "@/lib/errors";
import type { TAuditVerification } from "@/lib/schemas/audit";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { emailBoss, prismaBossDb } from "@/server/services/email/email-queue";
import { auditedTransaction } from "./audited-transaction";

// Full verifications of an organization's audit chain run as jobs on the queue that delivers email
// (pg-boss, in Roster's own database): the row in audit_verification carries their progress and
// outcome, the job only its id.

export const AUDIT_VERIFICATION_QUEUE = "audit-verification";

/**
 * A whole chain of millions of events takes minutes; pg-boss fails a job that runs past its
 * expiry, so it is generous. A worker that dies mid-way is noticed by its row's silence instead.
 */
export const VERIFICATION_JOB_OPTIONS = { retryLimit: 0, expireInSeconds: 6 * 60 * 60 };

/** A running verification that has not reported progress for this long lost its worker. */
export const STALE_AFTER_MS = 2 * 60 * 1000;

const queueMade = new WeakMap<object, Promise<void>>();

/** The process's pg-boss with the verification queue made (once per pg-boss instance). */
export async function verificationBoss(options: { supervise?: boolean } = {}) {
  const boss = await emailBoss(options);
  let made = queueMade.get(boss);
  if (!made) {
    made = boss.createQueue(AUDIT_VERIFICATION_QUEUE);
    queueMade.set(boss, made);
    made.catch(() => queueMade.delete(boss));
  }
  await made;
  return boss;
}

const SELECT = {
  id: true,
  status: true,
  requestedById: true,
  requestedByName: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  total: true,
  checked: true,
  valid: true,
  brokenSeq: true,
  brokenReason: true,
  eras: true,
  error: true,
} satisfies Prisma.AuditVerificationSelect;

type Row = Prisma.AuditVerificationGetPayload<{ select: typeof SELECT }>;

const toVerification = (row: Row): TAuditVerification => ({
  id: row.id,
  status: row.status as TAuditVerification["status"],
  requestedBy: { userId: row.requestedById, name: row.requestedByName },
  createdAt: row.createdAt.toISOString(),
  startedAt: row.startedAt?.toISOString() ?? null,
  finishedAt: row.finishedAt?.toISOString() ?? null,
  total: row.total,
  checked: row.checked,
  valid: row.valid,
  firstBroken: row.brokenSeq !== null ? { seq: row.brokenSeq, reason: row.brokenReason ?? "" } : null,
  eras: (row.eras as TAuditVerification["eras"] | null) ?? [],
  error: row.error,
});

/**
 * audit.startVerification: queues a full verification of the organization's chain and answers it.
 * While one is queued or running, that one is answered instead (at most one at a time: the
 * organization's chain head is locked, and a unique index stands behind it). Audited: who asked.
 */
export async function startAuditVerification({ actor }: { actor: Actor }): Promise<TAuditVerification> {
  requirePermission(actor, "audit:read");
  const boss = await verificationBoss();
  const row = await auditedTransaction(actor.organizationId, async (tx, audit) => {
    const active = await tx.auditVerification.findFirst({
      where: { organizationId: actor.organizationId, status: { in: ["queued", "running"] } },
      select: { ...SELECT, updatedAt: true },
    });
    const stale = active?.status === "running" && Date.now() - active.updatedAt.getTime() > STALE_AFTER_MS;
    if (active && !stale) return active;
    if (active) {
      await tx.auditVerification.update({ where: { id: active.id }, data: { status: "failed", error: "The worker stopped reporting progress", finishedAt: new Date() } });
    }
    const created = await tx.auditVerification.create({
      data: { organizationId: actor.organizationId, requestedById: actor.user?.id ?? null, requestedByName: actor.user?.username ?? "system" },
      select: SELECT,
    });
    await audit(actor, { organizationId: actor.organizationId, action: "audit.startVerification", target: { type: "auditVerification", id: created.id } });
    await boss.insert([{ id: randomUUID(), name: AUDIT_VERIFICATION_QUEUE, data: { verificationId: created.id }, ...VERIFICATION_JOB_OPTIONS }], { db: prismaBossDb(tx) });
    return created;
  });
  return toVerification(row);
}

/** audit.getVerification: one verification by id, or the organization's latest (null: none yet). */
export async function getAuditVerification({ actor, verificationId }: { actor: Actor; verificationId?: string }): Promise<TAuditVerification | null> {
  requirePermission(actor, "audit:read");
  const row = verificationId
    ? await db.auditVerification.findFirst({ where: { id: verificationId, organizationId: actor.organizationId }, select: SELECT })
    : await db.auditVerification.findFirst({ where: { organizationId: actor.organizationId }, orderBy: { createdAt: "desc" }, select: SELECT });
  if (!row && verificationId) throw notFound("Audit verification");
  return row ? toVerification(row) : null;
}
