import type { TAuditFilters } from "@/lib/schemas/audit";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { readAuditPage } from "./audit-page-query";
import { csvRow } from "./csv";

const BATCH = 1000;

const HEADER = ["seq", "time", "actor", "actorUserId", "apiKeyId", "action", "targetType", "targetId", "targetName", "before", "after", "ip", "userAgent", "hash"];

/**
 * The audit events matching `filters` as CSV, newest first, read in keyset batches so an export of
 * any size holds one batch in memory. The permission is checked before the first byte.
 */
export function exportAuditCsv({ actor, filters }: { actor: Actor; filters: TAuditFilters }): AsyncIterable<string> {
  requirePermission(actor, "audit:read");
  return (async function* () {
    yield csvRow(HEADER);
    let cursor: number | undefined;
    for (;;) {
      const rows = await readAuditPage(db, actor.organizationId, filters, cursor, BATCH);
      for (const r of rows) {
        const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
        yield csvRow([r.seq, r.createdAt.toISOString(), r.actorName, r.actorUserId, r.apiKeyId, r.action, r.targetType, r.targetId, r.targetName, json(r.before), json(r.after), r.ip, r.userAgent, r.hash]);
      }
      if (rows.length < BATCH) return;
      cursor = rows[rows.length - 1]!.seq;
    }
  })();
}
