import type { TVerifyAuditOutput } from "@/lib/schemas/audit";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { AUDIT_SELECT } from "./audit-view";
import { checkHead, checkLink, type ChainState } from "./chain-link";

const BATCH = 1000;

/**
 * Recomputes the organization's hash chain from the first event to the head recorded when the
 * check starts (events appended meanwhile are left for the next check), and reports the first
 * broken link: a missing event, an altered one, or a chain that ends before its head.
 */
export async function verifyAuditChain({ actor }: { actor: Actor }): Promise<TVerifyAuditOutput> {
  requirePermission(actor, "audit:read");
  const head = await db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { auditSeq: true, auditHeadHash: true } });
  let last: ChainState = { seq: 0, hash: null };
  let checked = 0;
  const result = (firstBroken: TVerifyAuditOutput["firstBroken"]) => ({ valid: !firstBroken, checked, headSeq: head.auditSeq, firstBroken });
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { organizationId: actor.organizationId, seq: { gt: last.seq, lte: head.auditSeq } },
      select: AUDIT_SELECT,
      orderBy: { seq: "asc" },
      take: BATCH,
    });
    for (const row of rows) {
      const broken = checkLink(actor.organizationId, row, last);
      if (broken) return result(broken);
      last = { seq: row.seq, hash: row.hash };
      checked += 1;
    }
    if (rows.length < BATCH) break;
  }
  return result(checkHead(last, { seq: head.auditSeq, hash: head.auditHeadHash }));
}
