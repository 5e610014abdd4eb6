import { notFound } from "@/lib/errors";
import type { TAuditEvent, TListAuditInput } from "@/lib/schemas/audit";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { readAuditPage } from "./audit-page-query";
import { AUDIT_SELECT, toAuditEvent } from "./audit-view";

/**
 * The organization's audit events, newest first, filtered by actor, action, target and time, paged
 * by keyset on (time, sequence number) (a page costs the same at any depth; see audit-page-query). Owners, admins, managers
 * and holders of audit:read (canAccessAuditLog) see it.
 */
export async function listAuditEvents({ actor, input }: { actor: Actor; input: TListAuditInput }) {
  requirePermission(actor, "audit:read");
  const { cursor, limit, ...filters } = input;
  const rows = await readAuditPage(db, actor.organizationId, filters, cursor, limit + 1);
  const page = rows.slice(0, limit);
  return { items: page.map(toAuditEvent), nextCursor: rows.length > limit ? page[page.length - 1]!.seq : null };
}

/** One event; another organization's is "not found". */
export async function getAuditEvent({ actor, eventId }: { actor: Actor; eventId: string }): Promise<TAuditEvent> {
  requirePermission(actor, "audit:read");
  const row = await db.auditEvent.findFirst({ where: { id: eventId, organizationId: actor.organizationId }, select: AUDIT_SELECT });
  if (!row) throw notFound("Audit event");
  return toAuditEvent(row);
}
