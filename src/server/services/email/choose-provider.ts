import { AppError, notFound } from "@/lib/errors";
import { config } from "@/server/config";
import type { Tx } from "@/server/db";
import { ensureMailCatcherProvider } from "@/server/services/mail-catcher/mail-catcher-provider";

export const NO_PROVIDER_MESSAGE = "No email provider is configured for this organization";

/**
 * The provider an email goes through: the one named (it must belong to the organization: another
 * organization's is 404), else the organization's default. An account email with no provider goes
 * through the server-level ROSTER_SMTP_URL (null here).
 */
export async function chooseProvider(tx: Tx, organizationId: string | null, providerId: string | null | undefined): Promise<string | null> {
  if (providerId) {
    const found = await tx.emailProvider.findFirst({
      where: { id: providerId, ...(organizationId ? { organizationId } : {}) },
      select: { id: true },
    });
    if (!found) throw notFound("Email provider");
    return found.id;
  }
  if (organizationId) {
    const fallback = await tx.emailProvider.findFirst({ where: { organizationId, isDefault: true }, select: { id: true } });
    if (fallback) return fallback.id;
    const catcher = await ensureMailCatcherProvider(tx, organizationId);
    if (!catcher) throw new AppError("BAD_REQUEST", NO_PROVIDER_MESSAGE);
    return catcher;
  }
  if (!config.email.smtpUrl) throw new AppError("BAD_REQUEST", "No email provider is configured for this account's organization, and the server has no ROSTER_SMTP_URL");
  return null;
}
