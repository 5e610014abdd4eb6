import { config } from "@/server/config";
import type { Tx } from "@/server/db";

export const MAIL_CATCHER_PROVIDER_NAME = "Mail catcher (development)";

/**
 * In development, an organization with no default provider gets one pointing at the launcher's mail
 * catcher, so invitations and resets can be read on the Mail catcher page with no outside server.
 * Returns its id, or null when the catcher is not running (always in production).
 */
export async function ensureMailCatcherProvider(tx: Tx, organizationId: string): Promise<string | null> {
  if (!config.mailCatcher) return null;
  const existing = await tx.emailProvider.findFirst({ where: { organizationId, isDefault: true }, select: { id: true } });
  if (existing) return existing.id;
  const created = await tx.emailProvider.upsert({
    where: { organizationId_name: { organizationId, name: MAIL_CATCHER_PROVIDER_NAME } },
    create: {
      organizationId,
      name: MAIL_CATCHER_PROVIDER_NAME,
      host: "127.0.0.1",
      port: config.mailCatcherPort,
      tlsMode: "none",
      fromName: "Roster (development)",
      fromAddress: "roster@localhost.test",
      isDefault: true,
    },
    update: { isDefault: true, port: config.mailCatcherPort },
    select: { id: true },
  });
  return created.id;
}
