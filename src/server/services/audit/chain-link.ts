import type { AuditKey } from "./audit-keys";
import type { AuditRow } from "./audit-view";
import { eventHash } from "./event-hash";

/** Where a walk of the chain stands: the last event checked, and whether the chain is sealed yet. */
export type ChainState = { seq: number; hash: string | null; sealed: boolean };
export type BrokenLink = { seq: number; reason: string };

export const CHAIN_START: ChainState = { seq: 0, hash: null, sealed: false };

/**
 * Checks one stored event against the one before it: its number follows, it names the previous
 * event's hash, and its seal matches its contents under the key of its era. Events written before
 * the chain was keyed (no era) may only come first: an unsealed event after a sealed one means the
 * chain was rewritten by someone without the key. The first failure is the broken link.
 */
export function checkLink(organizationId: string, row: AuditRow, previous: ChainState, keys: ReadonlyMap<string, AuditKey>): BrokenLink | null {
  const expected = previous.seq + 1;
  if (row.seq !== expected) return { seq: expected, reason: `Event ${expected} is missing: the chain jumps from ${previous.seq} to ${row.seq}` };
  if (row.prevHash !== previous.hash) {
    return { seq: row.seq, reason: `Its previous hash does not match event ${previous.seq}: event ${previous.seq} was altered or replaced` };
  }
  if (!row.keyEra && previous.sealed) {
    return { seq: row.seq, reason: "It is not sealed with a server key although earlier events are: the chain was rewritten" };
  }
  const key = row.keyEra ? keys.get(row.keyEra) : null;
  if (key === undefined) {
    return { seq: row.seq, reason: `It is sealed with a key this server does not hold (era ${row.keyEra}): add that secret to ROSTER_AUDIT_PREVIOUS_SECRETS` };
  }
  const recomputed = eventHash(
    {
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
      keyEra: row.keyEra,
    },
    key?.secret ?? null,
  );
  if (recomputed !== row.hash) return { seq: row.seq, reason: "Its contents do not match its seal: the event was altered" };
  return null;
}

/** The end of the chain against the organization's recorded head (catches a deleted tail). */
export function checkHead(last: ChainState, head: { seq: number; hash: string | null }): BrokenLink | null {
  if (last.seq < head.seq) return { seq: last.seq + 1, reason: `Events ${last.seq + 1} to ${head.seq} are missing: the chain ends early` };
  if (last.hash !== head.hash) return { seq: head.seq, reason: "The latest event does not match the organization's recorded head hash" };
  return null;
}
