import type { AuditRow } from "./audit-view";
import { eventHash } from "./event-hash";

export type ChainState = { seq: number; hash: string | null };
export type BrokenLink = { seq: number; reason: string };

/**
 * Checks one stored event against the one before it: its number follows, it names the previous
 * event's hash, and its own hash matches its contents. The first failure is the broken link.
 */
export function checkLink(organizationId: string, row: AuditRow, previous: ChainState): BrokenLink | null {
  const expected = previous.seq + 1;
  if (row.seq !== expected) return { seq: expected, reason: `Event ${expected} is missing: the chain jumps from ${previous.seq} to ${row.seq}` };
  if (row.prevHash !== previous.hash) {
    return { seq: row.seq, reason: `Its previous hash does not match event ${previous.seq}: event ${previous.seq} was altered or replaced` };
  }
  const recomputed = eventHash({
    organizationId,
    seq: row.seq,
    createdAt: row.createdAt,
    actorUserId: row.actorUserId,
    actorName: row.actorName,
    apiKeyId: row.apiKeyId,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    targetName: row.targetName,
    before: row.before,
    after: row.after,
    ip: row.ip,
    userAgent: row.userAgent,
    prevHash: row.prevHash,
  });
  if (recomputed !== row.hash) return { seq: row.seq, reason: "Its contents do not match its hash: the event was altered" };
  return null;
}

/** The end of the chain against the organization's recorded head (catches a deleted tail). */
export function checkHead(last: ChainState, head: { seq: number; hash: string | null }): BrokenLink | null {
  if (last.seq < head.seq) return { seq: last.seq + 1, reason: `Events ${last.seq + 1} to ${head.seq} are missing: the chain ends early` };
  if (last.hash !== head.hash) return { seq: head.seq, reason: "The latest event does not match the organization's recorded head hash" };
  return null;
}
