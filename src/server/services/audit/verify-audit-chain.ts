import type { TVerifyAuditOutput } from "@/lib/schemas/audit";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { currentAuditKey, knownAuditKeys } from "./audit-keys";
import { AUDIT_SELECT } from "./audit-view";
import { CHAIN_START, checkHead, checkLink, type ChainState } from "./chain-link";

const BATCH = 1000;

type Era = TVerifyAuditOutput["eras"][number];

/**
 * Recomputes the organization's chain from the first event to the head recorded when the check
 * starts (events appended meanwhile are left for the next check), and reports the first broken
 * link (a missing, altered or re-sealed event, or a chain that ends before its head) and which
 * key era each stretch of events belongs to.
 */
export async function verifyAuditChain({ actor }: { actor: Actor }): Promise<TVerifyAuditOutput> {
  requirePermission(actor, "audit:read");
  const head = await db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { auditSeq: true, auditHeadHash: true } });
  const keys = knownAuditKeys();
  const currentEra = currentAuditKey().era;
  const eras: Era[] = [];
  let last: ChainState = CHAIN_START;
  let checked = 0;
  const result = (firstBroken: TVerifyAuditOutput["firstBroken"]) => ({ valid: !firstBroken, checked, headSeq: head.auditSeq, firstBroken, eras });
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { organizationId: actor.organizationId, seq: { gt: last.seq, lte: head.auditSeq } },
      select: AUDIT_SELECT,
      orderBy: { seq: "asc" },
      take: BATCH,
    });
    for (const row of rows) {
      const broken = checkLink(actor.organizationId, row, last, keys);
      if (broken) return result(broken);
      last = { seq: row.seq, hash: row.hash, sealed: row.keyEra !== null };
      const era = eras.at(-1);
      if (era && era.era === row.keyEra) era.toSeq = row.seq;
      else eras.push({ era: row.keyEra, fromSeq: row.seq, toSeq: row.seq, current: row.keyEra === currentEra });
      checked += 1;
    }
    if (rows.length < BATCH) break;
  }
  return result(checkHead(last, { seq: head.auditSeq, hash: head.auditHeadHash }));
}
