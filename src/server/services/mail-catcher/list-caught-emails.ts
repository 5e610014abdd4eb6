import { notFound } from "@/lib/errors";
import type { TCaughtEmail, TCaughtEmailSummary } from "@/lib/schemas/mail-catcher";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { config } from "@/server/config";
import { db } from "@/server/db";

const LIMIT = 200;

/** The catcher exists only in development: elsewhere its procedures are "not found". */
function requireMailCatcher(actor: Actor) {
  if (!config.mailCatcher) throw notFound("Mail catcher");
  requirePermission(actor, "settings:manage");
}

const summary = (row: { id: string; fromAddress: string; toAddresses: string; subject: string; receivedAt: Date }): TCaughtEmailSummary => ({
  id: row.id,
  from: row.fromAddress,
  to: row.toAddresses,
  subject: row.subject,
  receivedAt: row.receivedAt.toISOString(),
});

/** The latest messages the development mail catcher received, newest first. */
export async function listCaughtEmails({ actor }: { actor: Actor }): Promise<TCaughtEmailSummary[]> {
  requireMailCatcher(actor);
  const rows = await db.caughtEmail.findMany({ orderBy: [{ receivedAt: "desc" }, { id: "desc" }], take: LIMIT });
  return rows.map(summary);
}

export async function getCaughtEmail({ actor, id }: { actor: Actor; id: string }): Promise<TCaughtEmail> {
  requireMailCatcher(actor);
  const row = await db.caughtEmail.findUnique({ where: { id } });
  if (!row) throw notFound("Caught email");
  return { ...summary(row), messageId: row.messageId, html: row.html, text: row.text };
}
