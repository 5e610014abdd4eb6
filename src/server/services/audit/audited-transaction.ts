import { db, type Tx } from "@/server/db";
import { appendAuditEvent, type AuditActor, type AuditEntry } from "./record-audit-event";

export type RecordAudit = (actor: AuditActor, entry: AuditEntry) => Promise<void>;

/**
 * Generous bounds for a write's transaction: waiting for a pooled connection under a burst of
 * writers, then the work itself. Writers of one organization queue on its chain head, so the wait
 * grows with the burst; the work inside stays a few statements long.
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

/**
 * A write and its audit events, in one transaction. The organization's chain head is locked as the
 * transaction's first statement (FOR NO KEY UPDATE, which a new row's foreign-key check does not
 * wait on), so every writer of one organization queues at the same point, in the same order, and
 * two writers can never deadlock on the head. Reads inside `work` therefore see every write that
 * committed before this one, and decisions such as "did this change anything" hold under races.
 *
 * `organizations` are locked in id order; null is for a write that creates its organization (no one
 * else can know its id yet, so its first append takes the lock).
 */
export async function auditedTransaction<T>(
  organizations: string | string[] | null,
  work: (tx: Tx, audit: RecordAudit) => Promise<T>,
): Promise<T> {
  const locked = [...new Set(organizations === null ? [] : [organizations].flat())].sort();
  return db.$transaction(async (tx) => {
    for (const organizationId of locked) {
      await tx.$queryRaw`SELECT 1 FROM organization WHERE id = ${organizationId} FOR NO KEY UPDATE`;
    }
    const audit: RecordAudit = (actor, entry) => {
      if (organizations !== null && !locked.includes(entry.organizationId)) {
        throw new Error(`audit: organization ${entry.organizationId} was not locked by this transaction`);
      }
      return appendAuditEvent(tx, actor, entry);
    };
    return work(tx, audit);
  }, TRANSACTION_OPTIONS);
}
