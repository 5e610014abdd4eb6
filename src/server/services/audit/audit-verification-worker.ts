import type { Job } from "pg-boss";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { stopEmailBoss } from "@/server/services/email/email-queue";
import { AUDIT_VERIFICATION_QUEUE, verificationBoss } from "./audit-verification";
import { walkChain } from "./verify-audit-chain";

/** Progress is written at most this often (each write is one UPDATE of the verification's row). */
const PROGRESS_EVERY_MS = 500;

type RunOptions = {
  /** Events read per batch (progress is written between batches). */
  batchSize?: number;
  progressEveryMs?: number;
  /** Called after each progress write (the tests look at the row then). */
  afterProgress?: () => Promise<void>;
};

/**
 * Runs one full verification: the chain from event 1 to the head as it stands when the job starts,
 * its progress written as it goes, and its outcome (intact, or the first broken event) at the end.
 * A verification that is no longer queued (already run, or replaced) is left alone.
 */
export async function runAuditVerification(verificationId: string, options: RunOptions = {}): Promise<void> {
  const { batchSize, progressEveryMs = PROGRESS_EVERY_MS, afterProgress } = options;
  const claimed = await db.auditVerification.updateMany({
    where: { id: verificationId, status: "queued" },
    data: { status: "running", startedAt: new Date(), checked: 0 },
  });
  if (claimed.count === 0) return;
  const { organizationId } = await db.auditVerification.findUniqueOrThrow({ where: { id: verificationId }, select: { organizationId: true } });
  try {
    const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { auditSeq: true, auditHeadHash: true } });
    const head = { seq: org.auditSeq, hash: org.auditHeadHash };
    await db.auditVerification.update({ where: { id: verificationId }, data: { total: head.seq } });
    let reported = performance.now();
    const walk =
      head.seq === 0
        ? { checked: 0, firstBroken: null, eras: [] }
        : await walkChain(
            organizationId,
            { fromSeq: 1, toSeq: head.seq, head },
            async (checked) => {
              if (performance.now() - reported < progressEveryMs) return;
              reported = performance.now();
              await db.auditVerification.update({ where: { id: verificationId }, data: { checked } });
              await afterProgress?.();
            },
            batchSize,
          );
    await db.auditVerification.update({
      where: { id: verificationId },
      data: {
        status: "done",
        finishedAt: new Date(),
        checked: walk.checked,
        valid: !walk.firstBroken,
        brokenSeq: walk.firstBroken?.seq ?? null,
        brokenReason: walk.firstBroken?.reason ?? null,
        eras: walk.eras,
      },
    });
  } catch (error) {
    logger().error({ err: error, verificationId }, "audit verification failed");
    await db.auditVerification.update({
      where: { id: verificationId },
      data: { status: "failed", finishedAt: new Date(), error: error instanceof Error ? error.message : String(error) },
    });
  }
}

/**
 * Starts this instance's verification worker: one verification at a time per instance (each reads
 * the chain in order; two at once would only share the CPU). Returns the function that stops it.
 */
export async function startAuditVerificationWorker(): Promise<() => Promise<void>> {
  const boss = await verificationBoss({ supervise: true });
  await boss.work<{ verificationId: string }>(AUDIT_VERIFICATION_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async (jobs: Job<{ verificationId: string }>[]) => {
    for (const job of jobs) await runAuditVerification(job.data.verificationId);
  });
  logger().info("audit verification worker started");
  return stopEmailBoss;
}
